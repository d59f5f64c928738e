-- consumer-kit's dead-letter table (ADR 0008): the records a consumer can never apply, parked with their bytes and
-- the reason until an administrator replays them. The same table in every consuming service's own schema.
create table query.dead_letter (
    id              bigserial primary key,
    consumer_group  text        not null,
    topic           text        not null,
    kafka_partition int         not null,
    kafka_offset    bigint      not null,
    record_key      text,
    event_id        uuid,
    event_type      text,
    record_value    bytea,
    reason_class    text        not null,
    reason          text        not null,
    parked_at       timestamptz not null default now(),
    replays         int         not null default 0,
    last_replay_at  timestamptz,
    replayed_at     timestamptz,
    unique (consumer_group, topic, kafka_partition, kafka_offset)
);

comment on column query.dead_letter.event_id is 'null when the record was not readable as an envelope';
comment on column query.dead_letter.reason is 'exception message, at most 200 characters: never the payload';
comment on column query.dead_letter.replayed_at is 'null while parked; set when a replay applied it';
