-- publication-kit's table (ADR 0010): obligation events the broker refuses for good (larger than the topic's
-- max.message.bytes, say), and the later events of the same obligation parked behind them so that none overtakes
-- it: publication goes on for every other obligation. The same table as command-service's, in schema notification.
create table notification.publication_dead_letter (
    id                 bigserial primary key,
    event_id           uuid        not null unique,
    aggregate_id       text        not null,
    aggregate_sequence bigint      not null,
    event_type         text        not null,
    topic              text        not null,
    record_value       bytea       not null,
    reason_class       text        not null,
    reason             text        not null,
    parked_at          timestamptz not null default now(),
    replayed_at        timestamptz
);

create index publication_dead_letter_parked on notification.publication_dead_letter (aggregate_id)
    where replayed_at is null;

comment on column notification.publication_dead_letter.aggregate_id is 'the obligation id, the record key';
comment on column notification.publication_dead_letter.reason is 'exception message, at most 200 characters: never the payload';
