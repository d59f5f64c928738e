-- Every saved version of every report draft, as DraftSaved and DraftApproved tell it (kept by DraftProjection in the
-- events' transaction). An approved version never changes.
create table notification.draft_version (
    obligation_id      uuid        not null references notification.obligation (obligation_id),
    version            int         not null,
    report_kind        text        not null,
    language           text        not null,
    fields             jsonb       not null,
    from_incident      jsonb       not null,
    digest             text        not null,
    saved_by           text        not null,
    saved_at           timestamptz not null,
    approved_by        text[]      not null default '{}',
    approvals_required int,
    approved_at        timestamptz,
    primary key (obligation_id, version)
);

-- Four eyes: where a hospital asks for it, a draft is approved by two different people with the DPO role.
alter table notification.hospital_profile add column four_eyes_approval boolean not null default false;

-- What a submission names: the approved version sent, its digest and the channel.
alter table notification.obligation
    add column submitted_draft_version int,
    add column submitted_draft_digest  text,
    add column submission_channel      text;
