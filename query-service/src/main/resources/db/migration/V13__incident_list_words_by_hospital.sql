-- The incident list's free text is always asked within one hospital. A GIN index of the summary's words alone returned
-- every hospital's matches before PostgreSQL could keep the asking hospital's (W5: 14,286 rows for 'ransomware:*'
-- across 1,000 hospitals, to keep 1,700): with btree_gin the hospital is part of the same index, so a search reads
-- only the hospital's matches. btree_gin is one of PostgreSQL's own contrib extensions, and trusted: the database's
-- owner may create it.
create extension if not exists btree_gin;

drop index query.incident_register_summary_words;

-- the same expression as IncidentList's words condition: keep both in step
create index incident_register_hospital_words on query.incident_register
    using gin (hospital_id, to_tsvector('simple', summary));
