-- The sector CERT's feed: one row per incident a hospital shared, written only by SharedIncidentProjection from
-- IncidentShared and IncidentShareWithdrawn, never from the private incident record. A withdrawn share keeps its row,
-- emptied of everything but its label, so that the CERT sees that it was withdrawn.
create table query.shared_incident (
    incident_id         uuid primary key,
    hospital_id         text        not null,
    publisher           text        not null,
    pseudonymised       boolean     not null,
    revision            int         not null,
    tlp                 text        not null,
    category            text,
    severity            text,
    summary             text,
    phase               text,
    patient_care_impact text,
    cross_border        text,
    device_types        jsonb,
    indicators          jsonb,
    first_shared_at     timestamptz not null,
    changed_at          timestamptz not null,
    withdrawn_at        timestamptz,
    projected_at        timestamptz not null default clock_timestamp()
);
create index shared_incident_newest on query.shared_incident (changed_at desc, incident_id desc);

comment on column query.shared_incident.publisher is 'the hospital id, or its pseudonym (vigil.cert.pseudonym-key) when the hospital chose one';
comment on column query.shared_incident.indicators is '[{type, value, tlp}] as shared, never TLP:RED';
comment on column query.shared_incident.summary is 'the summary written for the CERT; null once withdrawn';
