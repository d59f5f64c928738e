-- The incident list pages by keyset on (sort key, incident id) within one hospital (IncidentSort). Each order over
-- the register's own columns gets an index of exactly that, so a page is an index seek of its rows, wherever it is in
-- the list; the descending orders walk these ascending indexes backwards. The first replaces
-- incident_register_hospital_aware, which found a hospital's rows but not their order by id.
drop index query.incident_register_hospital_aware;

create index incident_register_hospital_aware_id on query.incident_register (hospital_id, aware_at, incident_id);

create index incident_register_hospital_reported_id on query.incident_register (hospital_id, reported_at, incident_id);

-- the same expression as IncidentSort.SEVERITY: keep both in step
create index incident_register_hospital_severity on query.incident_register (hospital_id,
    (case severity when 'critical' then 4 when 'high' then 3 when 'medium' then 2 when 'low' then 1 else 0 end),
    incident_id);
