-- The drill an incident was reported in (ADR 0022), as the incident's fold says it (IncidentState.exercise()): its
-- id and the scale of its clocks; both null for a real incident. The pages mark a drill's incident EXERCISE from it.
-- A row projected since drills exist already holds the mark in its state, which fills the columns here; a rebuild
-- from the topic gives every row the same values.
alter table query.incident_register
    add column drill_id    uuid,
    add column drill_scale integer,
    add constraint incident_register_drill_whole check ((drill_id is null) = (drill_scale is null));

comment on column query.incident_register.drill_id is 'the drill the incident belongs to (ADR 0022); null for a real incident';
comment on column query.incident_register.drill_scale is 'how much faster than real time the drill''s clocks run; null for a real incident';

update query.incident_register
   set drill_id    = cast(state -> 'report' -> 'exercise' ->> 'drillId' as uuid),
       drill_scale = cast(state -> 'report' -> 'exercise' ->> 'scale' as integer)
 where jsonb_typeof(state -> 'report' -> 'exercise') = 'object';
