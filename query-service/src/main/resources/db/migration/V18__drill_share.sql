-- The drill feed (ADR 0022): one row per incident of a drill a hospital shared, written only by DrillShareProjection
-- from the share events of vigil.drill-shares (at a CERT, what MirrorMaker 2 brought for a sector-wide drill). Its
-- columns are query.shared_incident's (ShareRows writes and reads both) and the drill the share names; it is a table of
-- its own so that the CERT feed, the correlation, the campaign alerts, TAXII, the exports and the trends, which read
-- query.shared_incident and what is derived from it, never see a drill. A withdrawn share keeps its row, emptied but
-- for its label, revision and instants, so that a redelivered older share cannot bring it back; the drill feed never
-- shows it.
create table query.drill_share (
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
    projected_at        timestamptz not null default clock_timestamp(),
    country             text,
    sector_view         boolean     not null default false,
    drill_id            uuid,
    drill_scale         integer,
    constraint drill_share_drill_whole check ((drill_id is null) = (drill_scale is null))
);
create index drill_share_newest on query.drill_share (changed_at desc, incident_id desc);

comment on column query.drill_share.publisher is 'the hospital id, or its pseudonym (vigil.cert.pseudonym-key) when the hospital chose one';
comment on column query.drill_share.indicators is '[{type, value, tlp}] as shared, never TLP:RED';
comment on column query.drill_share.drill_id is 'the drill the share names (IncidentShared.exercise); null when the share did not name it';
comment on column query.drill_share.drill_scale is 'how much faster than real time the drill''s clocks run; null when the share did not name it';
