-- One row per drill (ADR 0022), written only by DrillProjection from the drill's events on vigil.drill-events: what
-- its report is scored from, with the incidents (incident_register.drill_id) and their obligations. last_sequence
-- is the drill's last event applied, so that a redelivered event changes nothing.
create table query.drill (
    drill_id            uuid        primary key,
    hospital_id         text        not null,
    title               text        not null,
    scenario_id         text,
    scale               integer     not null,
    started_at          timestamptz not null,
    ended_at            timestamptz,
    lessons             text,
    lessons_recorded_at timestamptz,
    archived_at         timestamptz,
    script              jsonb       not null,
    last_sequence       bigint      not null,
    projected_at        timestamptz not null default clock_timestamp()
);
create index drill_by_hospital on query.drill (hospital_id, started_at desc);

comment on column query.drill.script is 'the scenario''s injects and expectations as they were at the start (DrillStarted.script), a JSON array';

-- the report reads a drill's incidents by their drill
create index incident_register_by_drill on query.incident_register (drill_id) where drill_id is not null;
