-- The addresses a drill's reminders go to (drill/view/DrillProjection, on DrillStarted), one per line, as its page
-- shows them; empty for the hospital's DPO and security officer (and for a drill started before drills named any).
alter table incident.drill add column participants text not null default '';
