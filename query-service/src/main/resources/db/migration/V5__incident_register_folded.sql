-- The register derives its row from the incident's one fold (contracts' IncidentState), kept here as JSON beside
-- the row. A row projected before this column existed has no state: the incident's next event parks (the register
-- cannot fold from the middle of the stream) until the register is rebuilt from the topic.
alter table query.incident_register add column state jsonb;

comment on column query.incident_register.state is 'the folded IncidentState the row is derived from';
