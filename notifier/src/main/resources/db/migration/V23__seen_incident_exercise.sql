-- A drill's incident (ADR 0022), as its fold says: the drill and its clock's scale, both null for a real incident.
-- Written with the row from the report, which carries the mark from its first event and never loses or gains it, so
-- that the board, the mail and the metrics tell a drill's obligations by a join instead of reading every fold.
alter table notification.seen_incident
    add column drill_id    uuid,
    add column drill_scale int check (drill_scale between 1 and 1440),
    add constraint seen_incident_drill_whole check ((drill_id is null) = (drill_scale is null));

update notification.seen_incident
   set drill_id = (state -> 'report' -> 'exercise' ->> 'drillId')::uuid,
       drill_scale = (state -> 'report' -> 'exercise' ->> 'scale')::int
 where state -> 'report' -> 'exercise' ->> 'drillId' is not null;

comment on column notification.seen_incident.drill_id is 'the drill the incident belongs to (its fold''s exercise); null for a real incident';
