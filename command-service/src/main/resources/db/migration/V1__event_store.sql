-- Axon's JDBC event store (PostgresEventTableFactory's shape) with snake_case names; see config/AxonConfig.
-- bigserial without a cache allocates global_index one at a time: no pre-allocation gaps for tracking processors.
create table incident.domain_event_entry (
    global_index         bigserial    primary key,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    event_identifier     varchar(255) not null unique,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    unique (aggregate_identifier, sequence_number)
);

create table incident.snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    primary key (aggregate_identifier, sequence_number)
);

create table incident.token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- The event store is append-only: no role of the service may change or remove what was recorded.
create function incident.refuse_event_change() returns trigger language plpgsql as $$
begin
    raise exception 'incident.domain_event_entry is append-only (% refused)', tg_op;
end $$;

create trigger domain_event_entry_append_only
    before update or delete on incident.domain_event_entry
    for each row execute function incident.refuse_event_change();
