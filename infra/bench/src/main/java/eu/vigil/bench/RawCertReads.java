package eu.vigil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SQL query-service runs for the HealthCERT feed, run raw over plain JDBC, one connection per thread: the feed's
 * first page as the CERT reads it ({@code SharedIncidents.page} and {@code Correlations.decorate}), and one share as
 * {@code SharedIncidentProjection}, correlation-kit's {@code Sightings.shared} and {@code CorrelationCounts} write
 * it. Keep in step with them.
 */
final class RawCertReads implements AutoCloseable {

    static final int PAGE = 50; // FeedQuery.DEFAULT_LIMIT
    private static final Duration WINDOW = Duration.ofHours(72); // CampaignRule's default window
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE_SQL = """
            select * from query.shared_incident where (tlp in (?, ?, ?, ?) or hospital_id = ?)
             order by changed_at desc, incident_id desc limit ?""";
    private static final String DECORATE_SQL = """
            select correlation.indicator_type, correlation.indicator_value, correlation.hospitals,
                   correlation.incidents
              from unnest(cast(? as text[]), cast(? as text[])) as wanted(indicator_type, indicator_value)
              join query.indicator_correlation correlation
                on correlation.indicator_type = wanted.indicator_type
               and correlation.indicator_value = wanted.indicator_value""";
    private static final String INSERT_SQL = """
            insert into query.shared_incident as stored (incident_id, hospital_id, publisher, pseudonymised, revision,
                tlp, category, severity, summary, phase, patient_care_impact, cross_border, device_types, indicators,
                first_shared_at, changed_at)
            values (?, ?, ?, false, 1, 'green', 'malicious-code/infected-system', null, 'Raw share', 'detection',
                null, 'unknown', cast('[]' as jsonb), cast(? as jsonb), ?, ?)
            on conflict (incident_id) do update
               set publisher = excluded.publisher, pseudonymised = excluded.pseudonymised,
                   revision = excluded.revision, tlp = excluded.tlp, category = excluded.category,
                   severity = excluded.severity, summary = excluded.summary, phase = excluded.phase,
                   patient_care_impact = excluded.patient_care_impact, cross_border = excluded.cross_border,
                   device_types = excluded.device_types, indicators = excluded.indicators,
                   changed_at = excluded.changed_at, withdrawn_at = null, projected_at = clock_timestamp()
             where stored.revision < excluded.revision""";
    private static final String SIGHTING_SQL = """
            insert into query.indicator_sighting
             (indicator_type, indicator_value, incident_id, hospital_id, first_seen, last_seen)
            values (?, ?, ?, ?, ?, ?)
            on conflict (indicator_type, indicator_value, incident_id) do update set last_seen = excluded.last_seen""";
    private static final String KEYS_SQL =
            "select indicator_type, indicator_value from query.indicator_sighting where incident_id = ?";
    private static final String TURN_SQL = "select pg_advisory_xact_lock(hashtext('query.indicator_sighting'))";
    private static final String WINDOW_SQL = """
            select touched.n, nearby.alert, sighting.hospital_id, sighting.last_seen
              from unnest(cast(? as text[]), cast(? as text[])) with ordinality
                   as touched(indicator_type, indicator_value, n)
             cross join lateral (
                   select exists (select 1 from query.campaign_alert alert
                                   where alert.indicator_type = touched.indicator_type
                                     and alert.indicator_value = touched.indicator_value
                                     and alert.raised_at > ? and alert.raised_at < ?) as alert) nearby
              left join lateral (
                   select hospital_id, last_seen from query.indicator_sighting seen
                    where seen.indicator_type = touched.indicator_type
                      and seen.indicator_value = touched.indicator_value
                      and seen.last_seen >= ? and seen.last_seen <= ?) sighting on true
             order by touched.n, sighting.last_seen""";
    private static final String RECOUNT_SQL = """
            with touched as (
                select indicator_type, indicator_value
                  from unnest(cast(? as text[]), cast(? as text[])) as had(indicator_type, indicator_value)
                 union
                select indicator_type, indicator_value from query.indicator_sighting where incident_id = ?),
            counted as (
                select touched.indicator_type, touched.indicator_value, seen.hospitals, seen.incidents,
                       seen.first_seen, seen.last_seen
                  from touched
                 cross join lateral (
                       select count(distinct hospital_id) as hospitals, count(*) as incidents,
                              min(first_seen) as first_seen, max(last_seen) as last_seen
                         from query.indicator_sighting sighting
                        where sighting.indicator_type = touched.indicator_type
                          and sighting.indicator_value = touched.indicator_value) seen),
            gone as (
                delete from query.indicator_correlation correlation using counted
                 where correlation.indicator_type = counted.indicator_type
                   and correlation.indicator_value = counted.indicator_value and counted.incidents = 0)
            insert into query.indicator_correlation
                   (indicator_type, indicator_value, hospitals, incidents, first_seen, last_seen)
            select indicator_type, indicator_value, hospitals, incidents, first_seen, last_seen
              from counted where incidents > 0
                on conflict (indicator_type, indicator_value) do update
               set hospitals = excluded.hospitals, incidents = excluded.incidents,
                   first_seen = excluded.first_seen, last_seen = excluded.last_seen""";
    private final Database database;
    private final ThreadLocal<Connection> connection = new ThreadLocal<>();
    private final List<Connection> opened = new CopyOnWriteArrayList<>();

    RawCertReads(Database database) {
        this.database = database;
    }

    private Connection connection() throws SQLException {
        var own = connection.get();
        if (own == null) {
            own = database.connect();
            connection.set(own);
            opened.add(own);
        }
        return own;
    }

    /** The feed's first page as the CERT reads it: the page, then the hospitals counts of its indicators. */
    int feedPage() throws Exception {
        var keys = new ArrayList<String[]>();
        int rows = 0;
        try (var statement = connection().prepareStatement(PAGE_SQL)) {
            statement.setString(1, "clear");
            statement.setString(2, "green");
            statement.setString(3, "amber");
            statement.setString(4, "amber+strict");
            statement.setString(5, "");
            statement.setInt(6, PAGE + 1);
            try (var result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        result.getString(column);
                    }
                    if (++rows <= PAGE && result.getString("indicators") != null) {
                        for (JsonNode indicator : JSON.readTree(result.getString("indicators"))) {
                            keys.add(new String[] {indicator.path("type").asText(), indicator.path("value").asText()});
                        }
                    }
                }
            }
        }
        if (keys.isEmpty()) {
            return rows;
        }
        try (var statement = connection().prepareStatement(DECORATE_SQL)) {
            statement.setArray(1, connection().createArrayOf("text", keys.stream().map(key -> key[0]).toArray()));
            statement.setArray(2, connection().createArrayOf("text", keys.stream().map(key -> key[1]).toArray()));
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    result.getString(1);
                }
            }
        }
        return rows;
    }

    /** One share of ten SHA-256 values in one transaction, every statement the projection runs for it. */
    void share(UUID incident, String hospital, List<String> values, Instant at) throws Exception {
        var own = connection();
        own.setAutoCommit(false);
        try {
            var when = Timestamp.from(at);
            var json = new StringBuilder("[");
            for (String value : values) {
                json.append(json.length() == 1 ? "" : ",").append("{\"type\":\"sha256\",\"value\":\"").append(value)
                        .append("\",\"tlp\":\"green\"}");
            }
            var before = new ArrayList<String[]>();
            try (var keys = own.prepareStatement(KEYS_SQL)) {
                keys.setObject(1, incident);
                try (var result = keys.executeQuery()) {
                    while (result.next()) {
                        before.add(new String[] {result.getString(1), result.getString(2)});
                    }
                }
            }
            try (var insert = own.prepareStatement(INSERT_SQL)) {
                insert.setObject(1, incident);
                insert.setString(2, hospital);
                insert.setString(3, hospital);
                insert.setString(4, json.append(']').toString());
                insert.setTimestamp(5, when);
                insert.setTimestamp(6, when);
                insert.executeUpdate();
            }
            try (var turn = own.prepareStatement(TURN_SQL); var result = turn.executeQuery()) {
                result.next();
            }
            try (var upsert = own.prepareStatement(SIGHTING_SQL)) {
                for (String value : values) {
                    upsert.setString(1, "sha256");
                    upsert.setString(2, value);
                    upsert.setObject(3, incident);
                    upsert.setString(4, hospital);
                    upsert.setTimestamp(5, when);
                    upsert.setTimestamp(6, when);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            try (var delete = own.prepareStatement(
                    "delete from query.indicator_sighting where incident_id = ? and last_seen < ?")) {
                delete.setObject(1, incident);
                delete.setTimestamp(2, when);
                delete.executeUpdate();
            }
            try (var window = own.prepareStatement(WINDOW_SQL)) {
                window.setArray(1, own.createArrayOf("text", Collections.nCopies(values.size(), "sha256").toArray()));
                window.setArray(2, own.createArrayOf("text", values.toArray()));
                var from = Timestamp.from(at.minus(WINDOW));
                var quietUntil = Timestamp.from(at.plus(WINDOW));
                window.setTimestamp(3, from);
                window.setTimestamp(4, quietUntil);
                window.setTimestamp(5, from);
                window.setTimestamp(6, quietUntil);
                try (var result = window.executeQuery()) {
                    while (result.next()) {
                        result.getString(3);
                    }
                }
            }
            try (var recount = own.prepareStatement(RECOUNT_SQL)) {
                recount.setArray(1, own.createArrayOf("text", before.stream().map(key -> key[0]).toArray()));
                recount.setArray(2, own.createArrayOf("text", before.stream().map(key -> key[1]).toArray()));
                recount.setObject(3, incident);
                recount.executeUpdate();
            }
            own.commit();
        } catch (Exception e) {
            own.rollback();
            throw e;
        } finally {
            own.setAutoCommit(true);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection each : opened) {
            each.close();
        }
    }
}
