package eu.vigil.query.feed;

import eu.vigil.query.projection.Target;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@code query.indicator_correlation} (or a rebuild's copy) equal to a grouping of the sightings by value: when
 * a share or its withdrawal changes an incident's sightings, the values it had before and has after are recounted from
 * their sightings, by index, in the same transaction; a value no incident shares any more loses its row.
 */
@Component
class CorrelationCounts {

    static final String TABLE = "indicator_correlation";

    private record Key(String type, String value) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CorrelationCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs the change of the incident's sightings, then recounts every value it touched: those the incident had
     * before, read here, and those it has after, read by the recount itself.
     */
    void recounting(Target target, UUID incidentId, Runnable change) {
        var before = keysOf(target, incidentId);
        change.run();
        recount(target, incidentId, before);
    }

    private Set<Key> keysOf(Target target, UUID incidentId) {
        var keys = new LinkedHashSet<Key>();
        jdbc.query("select indicator_type, indicator_value from " + target.table(SharedIncidentProjection.SIGHTINGS)
                        + " where incident_id = :incidentId", Map.of("incidentId", incidentId),
                row -> {
                    keys.add(new Key(row.getString("indicator_type"), row.getString("indicator_value")));
                });
        return keys;
    }

    private void recount(Target target, UUID incidentId, Set<Key> keys) {
        var params = new MapSqlParameterSource()
                .addValue("incidentId", incidentId)
                .addValue("types", keys.stream().map(Key::type).toArray(String[]::new))
                .addValue("values", keys.stream().map(Key::value).toArray(String[]::new));
        // a lateral count per value, so that each is read through the sightings' index, never by a scan
        jdbc.update("""
                with touched as (
                    select indicator_type, indicator_value
                      from unnest(cast(:types as text[]), cast(:values as text[]))
                           as had(indicator_type, indicator_value)
                     union
                    select indicator_type, indicator_value from %1$s where incident_id = :incidentId),
                counted as (
                    select touched.indicator_type, touched.indicator_value, seen.hospitals, seen.incidents,
                           seen.first_seen, seen.last_seen
                      from touched
                     cross join lateral (
                           select count(distinct hospital_id) as hospitals, count(*) as incidents,
                                  min(first_seen) as first_seen, max(last_seen) as last_seen
                             from %1$s sighting
                            where sighting.indicator_type = touched.indicator_type
                              and sighting.indicator_value = touched.indicator_value) seen),
                gone as (
                    delete from %2$s correlation using counted
                     where correlation.indicator_type = counted.indicator_type
                       and correlation.indicator_value = counted.indicator_value and counted.incidents = 0)
                insert into %2$s (indicator_type, indicator_value, hospitals, incidents, first_seen, last_seen)
                select indicator_type, indicator_value, hospitals, incidents, first_seen, last_seen
                  from counted where incidents > 0
                    on conflict (indicator_type, indicator_value) do update
                   set hospitals = excluded.hospitals, incidents = excluded.incidents,
                       first_seen = excluded.first_seen, last_seen = excluded.last_seen
                """.formatted(target.table(SharedIncidentProjection.SIGHTINGS), target.table(TABLE)), params);
    }
}
