create table notification.applied_event (
    projection text        not null,
    event_id   uuid        not null,
    applied_at timestamptz not null default now(),
    primary key (projection, event_id)
);

create table notification.seen_incident (
    incident_id            uuid primary key,
    hospital_id            text        not null,
    aware_at               timestamptz not null,
    personal_data_involved text        not null,
    first_seen_at          timestamptz not null default clock_timestamp()
);
