-- One row per incident event, written only by IncidentTimelineProjection. The payload is the event's JSON as
-- it came (EventJson), so the incident page renders from it and a new event field needs no migration here.
create table query.incident_timeline (
    incident_id       uuid        not null,
    sequence          bigint      not null,
    event_id          uuid        not null unique,
    hospital_id       text        not null,
    event_type        text        not null,
    kind              text        not null,
    occurred_at       timestamptz not null,
    actor_id          text        not null,
    actor_role        text        not null,
    payload           jsonb       not null,
    correction_reason text,
    projected_at      timestamptz not null default clock_timestamp(),
    primary key (incident_id, sequence)
);
