-- What the notifier knows of an incident is derived from the incident's one fold (contracts' IncidentState), kept
-- here as JSON beside the row. An incident seen before this column existed has no state: its next event parks
-- (the notifier cannot fold from the middle of the stream) until the notifier is rebuilt from the topic.
alter table notification.seen_incident add column state jsonb;

comment on column notification.seen_incident.state is 'the folded IncidentState the row is derived from';
