-- The CERT's correlation without disclosure: one row per shared indicator and incident, written only by
-- SharedIncidentProjection in the transaction of the share, so that "seen at N hospitals" is a lookup by value, never
-- a scan of history. Values on a warning list (cert/warning-lists.json) are never written here.
create table query.indicator_sighting (
    indicator_type  text        not null,
    indicator_value text        not null,
    incident_id     uuid        not null,
    hospital_id     text        not null,
    first_seen      timestamptz not null,
    last_seen       timestamptz not null,
    primary key (indicator_type, indicator_value, incident_id)
);
create index indicator_sighting_by_incident on query.indicator_sighting (incident_id);
