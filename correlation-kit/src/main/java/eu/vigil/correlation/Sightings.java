package eu.vigil.correlation;

import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.SharedIndicator;
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
        values.stream().distinct().forEach(value -> raise(jdbc, tables, value, at).ifPresent(raised::add));
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

    private Optional<Raised> raise(NamedParameterJdbcTemplate jdbc, Tables tables, SharedIndicator value,
                                   OffsetDateTime sharedAt) {
        Instant at = sharedAt.toInstant();
        var params = new MapSqlParameterSource().addValue("type", value.type().code())
                .addValue("value", value.value())
                .addValue("at", sharedAt)
                .addValue("from", rule.countsFrom(at).atOffset(ZoneOffset.UTC))
                .addValue("quietUntil", rule.quietUntil(at).atOffset(ZoneOffset.UTC));
        // a window that holds the share ends at most a window after it: one range of the value's index, in order
        var sightings = jdbc.query("""
                select hospital_id, last_seen from %s
                 where indicator_type = :type and indicator_value = :value
                   and last_seen >= :from and last_seen <= :quietUntil
                 order by last_seen""".formatted(tables.sightings()), params, (rs, n) -> new CampaignRule.Sighting(rs.getString("hospital_id"),
                rs.getObject("last_seen", OffsetDateTime.class).toInstant()));
        long hospitals = rule.mostHospitals(sightings, at);
        if (hospitals < rule.hospitals()) {
            return Optional.empty();
        }
        boolean alertNearby = Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from %s
                                where indicator_type = :type and indicator_value = :value
                                  and raised_at > :from and raised_at < :quietUntil)""".formatted(tables.alerts()),
                params, Boolean.class));
        if (!rule.raises(hospitals, alertNearby)) {
            return Optional.empty();
        }
        var id = CampaignRule.alertId(value.type().code(), value.value(), at);
        int inserted = jdbc.update("insert into " + tables.alerts() + """
                 (alert_id, indicator_type, indicator_value, hospitals, raised_at)
                values (:id, :type, :value, :hospitals, :at) on conflict (alert_id) do nothing""",
                params.addValue("id", id).addValue("hospitals", hospitals));
        return inserted == 1
                ? Optional.of(new Raised(id, value.type().code(), value.value(), hospitals, at))
                : Optional.empty();
    }
}
