-- The CERT's correlation, maintained: one row per correlatable value with at how many hospitals and by how many
-- incidents it was shared, and when first and last. SharedIncidentProjection recounts a value's row from its sightings
-- (by index) in the transaction of the share that touched it, and deletes it when no sighting is left, so that the
-- pages read counts by value, never a grouping of query.indicator_sighting.
create table query.indicator_correlation (
    indicator_type  text        not null,
    indicator_value text        not null,
    hospitals       int         not null,
    incidents       int         not null,
    first_seen      timestamptz not null,
    last_seen       timestamptz not null,
    primary key (indicator_type, indicator_value)
);
-- the CERT's top correlations: values seen at two hospitals or more, most hospitals first
create index indicator_correlation_top on query.indicator_correlation (hospitals desc, last_seen desc, indicator_value)
    where hospitals >= 2;
insert into query.indicator_correlation (indicator_type, indicator_value, hospitals, incidents, first_seen, last_seen)
select indicator_type, indicator_value, count(distinct hospital_id), count(*), min(first_seen), max(last_seen)
  from query.indicator_sighting
 group by indicator_type, indicator_value;
