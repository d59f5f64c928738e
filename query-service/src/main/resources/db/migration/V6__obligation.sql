-- One row per obligation the notifier opened, written only by ObligationProjection and derived from the
-- obligation's one fold (contracts' ObligationState), kept beside it as JSON.
create table query.obligation (
    obligation_id uuid        primary key,
    incident_id   uuid        not null,
    hospital_id   text        not null,
    rule_id       text        not null,
    status        text        not null,
    due_at        timestamptz,
    last_sequence bigint      not null,
    state         jsonb       not null,
    projected_at  timestamptz not null default clock_timestamp()
);
create index obligation_by_incident on query.obligation (incident_id);
-- the incident list's "open obligations, next due" per incident
create index obligation_running on query.obligation (hospital_id, incident_id, due_at)
    where status in ('open', 'late');

-- One row per obligation event, never changed: the incident's timeline shows them beside the incident's own events.
create table query.obligation_history (
    obligation_id uuid        not null,
    sequence      bigint      not null,
    event_id      uuid        not null unique,
    incident_id   uuid        not null,
    hospital_id   text        not null,
    event_type    text        not null,
    occurred_at   timestamptz not null,
    actor_id      text        not null,
    actor_role    text        not null,
    payload       jsonb       not null,
    projected_at  timestamptz not null default clock_timestamp(),
    primary key (obligation_id, sequence)
);
create index obligation_history_by_incident on query.obligation_history (incident_id, occurred_at);
