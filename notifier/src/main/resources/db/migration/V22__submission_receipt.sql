-- The receipt the authority sent back for a submitted report (issue 14): one per obligation, a new one replacing it;
-- each one's digest stays in the ReceiptAttached events. Written with its event in one transaction (Receipts).
create table notification.submission_receipt (
    obligation_id uuid        primary key references notification.obligation (obligation_id),
    hospital_id   text        not null,
    file_name     text        not null check (length(file_name) between 1 and 200),
    media_type    text        not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg',
                                                             'message/rfc822', 'text/plain')),
    size_bytes    bigint      not null check (size_bytes between 1 and 5242880),
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    bytes         bytea       not null check (length(bytes) = size_bytes),
    attached_at   timestamptz not null,
    attached_by   text        not null
);
