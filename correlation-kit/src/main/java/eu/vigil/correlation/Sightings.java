package eu.vigil.correlation;

import eu.vigil.contracts.incident.IncidentShared;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A service's own record of who shared which correlatable value (one row per value and incident, with first and last
 * seen) and of the campaign alerts the shares raised, written in the transaction of the share event. Each service
 * that needs them keeps the two tables in its own schema (see query-service's V10 and V12 for their shape) and calls
 * this with their names, so that every service counts, and raises, the same. Writers of one table take turns until
 * their transactions end, so that shares of one value applied at once (by two consumers or two instances) each count
 * the other's sighting, whichever commits first.
 */
public class Sightings {

    /** The two tables, schema-qualified. */
    public record Tables(String sightings, String alerts) {
    }

    /** An alert a share raised. */
    public record Raised(UUID alertId, String indicatorType, String indicatorValue, long hospitals, Instant raisedAt) {
    }

    private final WarningLists warningLists;
    private final CampaignRule rule;

    public Sightings(WarningLists warningLists, CampaignRule rule) {
        this.warningLists = warningLists;
        this.rule = rule;
    }

    /**
     * Records the share's correlatable values (and forgets those its new revision dropped); returns the alerts. A
     * share whose label may not leave the hospital (TLP:RED) records nothing.
     */
    public List<Raised> shared(NamedParameterJdbcTemplate jdbc, Tables tables, IncidentShared share, String hospitalId,
                               OffsetDateTime at) {
        if (!share.tlp().shareable()) {
            return List.of();
        }
        takeTurn(jdbc, tables);
        var values = warningLists.correlatable(share);
        jdbc.batchUpdate("insert into " + tables.sightings() + """
                 (indicator_type, indicator_value, incident_id, hospital_id, first_seen, last_seen)
                values (:type, :value, :incidentId, :hospitalId, :at, :at)
                on conflict (indicator_type, indicator_value, incident_id) do update set last_seen = excluded.last_seen
                """, values.stream().map(value -> new MapSqlParameterSource()
                        .addValue("type", value.type().code()).addValue("value", value.value())
                        .addValue("incidentId", share.incidentId().value()).addValue("hospitalId", hospitalId)
                        .addValue("at", at))
                .toArray(SqlParameterSource[]::new));
        jdbc.update("delete from " + tables.sightings() + " where incident_id = :incidentId and last_seen < :at",
                Map.of("incidentId", share.incidentId().value(), "at", at));
        var raised = new ArrayList<Raised>();
        var keys = values.stream().map(value -> new Key(value.type().code(), value.value())).distinct().toList();
        var windows = keys.isEmpty() ? List.<Window>of() : windows(jdbc, tables, keys, at);
        for (int i = 0; i < keys.size(); i++) {
            raise(jdbc, tables, keys.get(i), windows.get(i), at).ifPresent(raised::add);
        }
        return raised;
    }

    /** Forgets every value of a withdrawn share; the alerts it helped raise stay, as raised. */
    public void withdrawn(NamedParameterJdbcTemplate jdbc, Tables tables, UUID incidentId) {
        takeTurn(jdbc, tables);
        jdbc.update("delete from " + tables.sightings() + " where incident_id = :incidentId",
                Map.of("incidentId", incidentId));
    }

    // under READ COMMITTED a count sees only committed sightings: the lock, held to the end of the transaction, makes
    // a second writer count after the first one's commit
    private static void takeTurn(NamedParameterJdbcTemplate jdbc, Tables tables) {
        jdbc.query("select pg_advisory_xact_lock(hashtext(:table))", Map.of("table", tables.sightings()),
                (ResultSetExtractor<Void>) rows -> null);
    }

    private record Key(String type, String value) {
    }

    /** A value's sightings in time order within the span its campaign may cover, and whether an alert lies there. */
    private record Window(List<CampaignRule.Sighting> sightings, boolean alertNearby) {
    }

    // one statement for all the share's values (not one or two per value): each value is still read as one range of
    // the sightings' index, and its alerts as one probe of theirs
    private List<Window> windows(NamedParameterJdbcTemplate jdbc, Tables tables, List<Key> keys,
                                 OffsetDateTime sharedAt) {
        Instant at = sharedAt.toInstant();
        var params = new MapSqlParameterSource()
                .addValue("types", keys.stream().map(Key::type).toArray(String[]::new))
                .addValue("values", keys.stream().map(Key::value).toArray(String[]::new))
                .addValue("from", rule.countsFrom(at).atOffset(ZoneOffset.UTC))
                .addValue("quietUntil", rule.quietUntil(at).atOffset(ZoneOffset.UTC));
        var sightings = new ArrayList<List<CampaignRule.Sighting>>();
        var alertNearby = new boolean[keys.size()];
        keys.forEach(key -> sightings.add(new ArrayList<>()));
        // a window that holds the share ends at most a window after it: one range of the value's index, in order
        jdbc.query("""
                select touched.n, nearby.alert, sighting.hospital_id, sighting.last_seen
                  from unnest(cast(:types as text[]), cast(:values as text[])) with ordinality
                       as touched(indicator_type, indicator_value, n)
                 cross join lateral (
                       select exists (select 1 from %2$s alert
                                       where alert.indicator_type = touched.indicator_type
                                         and alert.indicator_value = touched.indicator_value
                                         and alert.raised_at > :from and alert.raised_at < :quietUntil) as alert) nearby
                  left join lateral (
                       select hospital_id, last_seen from %1$s seen
                        where seen.indicator_type = touched.indicator_type
                          and seen.indicator_value = touched.indicator_value
                          and seen.last_seen >= :from and seen.last_seen <= :quietUntil) sighting on true
                 order by touched.n, sighting.last_seen""".formatted(tables.sightings(), tables.alerts()), params,
                rs -> {
                    int key = rs.getInt("n") - 1;
                    alertNearby[key] = rs.getBoolean("alert");
                    String hospital = rs.getString("hospital_id");
                    if (hospital != null) {
                        sightings.get(key).add(new CampaignRule.Sighting(hospital,
                                rs.getObject("last_seen", OffsetDateTime.class).toInstant()));
                    }
                });
        var windows = new ArrayList<Window>();
        for (int i = 0; i < keys.size(); i++) {
            windows.add(new Window(sightings.get(i), alertNearby[i]));
        }
        return windows;
    }

    private Optional<Raised> raise(NamedParameterJdbcTemplate jdbc, Tables tables, Key value, Window window,
                                   OffsetDateTime sharedAt) {
        Instant at = sharedAt.toInstant();
        long hospitals = rule.mostHospitals(window.sightings(), at);
        if (!rule.raises(hospitals, window.alertNearby())) {
            return Optional.empty();
        }
        var id = CampaignRule.alertId(value.type(), value.value(), at);
        int inserted = jdbc.update("insert into " + tables.alerts() + """
                 (alert_id, indicator_type, indicator_value, hospitals, raised_at)
                values (:id, :type, :value, :hospitals, :at) on conflict (alert_id) do nothing""",
                new MapSqlParameterSource().addValue("id", id).addValue("type", value.type())
                        .addValue("value", value.value()).addValue("hospitals", hospitals).addValue("at", sharedAt));
        return inserted == 1
                ? Optional.of(new Raised(id, value.type(), value.value(), hospitals, at))
                : Optional.empty();
    }
}
