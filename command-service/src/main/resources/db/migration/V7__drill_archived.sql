-- When a drill was archived (drill/view/DrillProjection, on DrillArchived): the list of drills leaves it out unless
-- asked for the archived ones; null while it is not archived.
alter table incident.drill add column archived_at timestamptz;
