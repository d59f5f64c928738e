-- A drill's lessons learned (drill/view/DrillProjection, on LessonsRecorded): the latest text recorded, as the
-- drill's page shows it; null until the first is recorded.
alter table incident.drill add column lessons text;
