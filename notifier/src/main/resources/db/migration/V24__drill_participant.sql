-- The addresses a drill's reminders and escalations go to (drill/DrillParticipants, from DrillStarted on
-- vigil.drill-events), instead of the hospital's DPO and security officer; none for a drill that named none.
create table notification.drill_participant (
    drill_id uuid not null,
    address  text not null,
    primary key (drill_id, address)
);
