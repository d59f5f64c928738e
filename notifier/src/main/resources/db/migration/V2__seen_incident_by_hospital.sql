-- Every list and count is scoped to the caller's hospital since login (issue 4).
create index seen_incident_by_hospital on notification.seen_incident (hospital_id, first_seen_at desc, incident_id);
