-- The drills as their pages list them (drill/view/DrillProjection), written in the transaction of the drill's own
-- events (a subscribing processor), so a drill's page never reads a state behind its event store.
create table incident.drill (
    drill_id    uuid        primary key,
    hospital_id text        not null,
    scenario_id text,                  -- null: a drill without a shipped scenario
    title       text        not null,
    scale       integer     not null,  -- 1 is real time, 60 an hour in a minute
    started_at  timestamptz not null,
    ended_at    timestamptz            -- null while it runs
);

create index drill_hospital_started_at on incident.drill (hospital_id, started_at desc);
