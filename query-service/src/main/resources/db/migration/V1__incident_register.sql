create table query.applied_event (
    projection text        not null,
    event_id   uuid        not null,
    applied_at timestamptz not null default now(),
    primary key (projection, event_id)
);

create table query.incident_register (
    incident_id            uuid primary key,
    hospital_id            text        not null,
    summary                text        not null,
    category               text        not null,
    detected_at            timestamptz,
    aware_at               timestamptz not null,
    personal_data_involved text        not null,
    reported_at            timestamptz not null,
    reported_by            text,
    last_sequence          bigint      not null,
    projected_at           timestamptz not null default clock_timestamp()
);

create index incident_register_hospital_aware on query.incident_register (hospital_id, aware_at desc);
