-- The register follows the incident beyond its report. The rows already here saw only their report (the
-- register applied no other event before), so an incident that starts in detection and is assessed in nothing
-- else is their state.
alter table query.incident_register
    add column severity            text,
    add column phase               text not null default 'detection',
    add column significance        text,
    add column patient_care_impact text,
    add column shared_tlp          text;

comment on column query.incident_register.severity is 'null until classified';
comment on column query.incident_register.significance is 'NIS2 Art. 23(3) yes/no/undecided; null until assessed';
comment on column query.incident_register.patient_care_impact is 'null until the impact is assessed';
comment on column query.incident_register.shared_tlp is 'TLP code of the current share with the CERT; null when not shared';
