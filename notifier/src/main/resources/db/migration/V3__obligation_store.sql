-- Axon's JDBC event store for the obligation aggregates (same shape as command-service's); see config/AxonConfig.
create table notification.domain_event_entry (
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

create table notification.snapshot_event_entry (
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

create table notification.token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

create function notification.refuse_event_change() returns trigger language plpgsql as $$
begin
    raise exception 'notification.domain_event_entry is append-only (% refused)', tg_op;
end $$;

create trigger domain_event_entry_append_only
    before update or delete on notification.domain_event_entry
    for each row execute function notification.refuse_event_change();

-- db-scheduler's table (its postgresql_tables.sql): the reminders and due instants Axon's DeadlineManager schedules.
create table notification.scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on notification.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on notification.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on notification.scheduled_tasks (priority desc, execution_time);

-- What the notifier knows of each incident, to decide which obligations hold (the incident events are its input).
alter table notification.seen_incident
    add column significance              text,
    add column personal_data_aware_at    timestamptz;

-- Each hospital's country, zone, authorities and mail addresses: which rules apply, whom to remind, whom to tell.
create table notification.hospital_profile (
    hospital_id          text primary key,
    country              char(2) not null,
    time_zone            text    not null,
    nis2_authority       text    not null,
    data_protection_authority text not null,
    dpo_email            text    not null,
    security_officer_email text  not null,
    updated_at           timestamptz not null default now()
);

-- The obligations as the board, the mail and the calendar read them; written only by ObligationProjection.
create table notification.obligation (
    obligation_id          uuid primary key,
    incident_id            uuid        not null,
    hospital_id            text        not null,
    rule_id                text        not null,
    regime                 text        not null,
    title                  text        not null,
    recipient_kind         text        not null,
    authority              text,
    legal_basis            text        not null,
    source                 text        not null,
    jurisdiction           text        not null,
    rule_version           text        not null,
    baseline_fallback      boolean     not null,
    triggered_at           timestamptz not null,
    due_at                 timestamptz,
    time_zone              text        not null,
    significance_undecided boolean     not null,
    status                 text        not null,
    last_reminder_lead     interval,
    submitted_at           timestamptz,
    reference              text,
    reason                 text,
    opened_at              timestamptz not null,
    updated_at             timestamptz not null
);
create index obligation_by_hospital on notification.obligation (hospital_id, status, due_at);
create index obligation_by_incident on notification.obligation (incident_id);

-- A private token per user for the calendar feed URL (calendar clients cannot log in).
create table notification.calendar_token (
    token       text primary key,
    user_id     text not null unique,
    hospital_id text not null,
    created_at  timestamptz not null default now()
);
