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
 * {@code SharedIncidentProjection} and correlation-kit's {@code Sightings.shared} write it. Keep in step with them.
 */
final class RawCertReads implements AutoCloseable {

    static final int PAGE = 50; // FeedQuery.DEFAULT_LIMIT
    private static final Duration WINDOW = Duration.ofHours(72); // CampaignRule's default window
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE_SQL = """
            select * from query.shared_incident where (tlp in (?, ?, ?, ?) or hospital_id = ?)
             order by changed_at desc, incident_id desc limit ?""";
    private static final String DECORATE_SQL = """
            select indicator_type, indicator_value, count(distinct hospital_id) as hospitals,
                   count(distinct hospital_id) filter (where hospital_id <> ?) as others,
                   count(*) as incidents
              from query.indicator_sighting
             where (indicator_type, indicator_value) in (%s)
             group by indicator_type, indicator_value""";
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
    private static final String CAMPAIGN_SQL = """
            select coalesce(max((select count(distinct later.hospital_id) from query.indicator_sighting later
                                  where later.indicator_type = ? and later.indicator_value = ?
                                    and later.last_seen >= start.last_seen
                                    and later.last_seen <= start.last_seen + make_interval(secs => ?))), 0)
                   as hospitals,
                   exists (select 1 from query.campaign_alert where indicator_type = ? and indicator_value = ?
                              and raised_at > ? and raised_at < ?) as alert_nearby
              from query.indicator_sighting start
             where start.indicator_type = ? and start.indicator_value = ?
               and start.last_seen >= ? and start.last_seen <= ?""";

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
        String pairs = String.join(", ", Collections.nCopies(keys.size(), "(?, ?)"));
        try (var statement = connection().prepareStatement(DECORATE_SQL.formatted(pairs))) {
            statement.setString(1, "");
            int index = 2;
            for (String[] key : keys) {
                statement.setString(index++, key[0]);
                statement.setString(index++, key[1]);
            }
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
            try (var insert = own.prepareStatement(INSERT_SQL)) {
                insert.setObject(1, incident);
                insert.setString(2, hospital);
                insert.setString(3, hospital);
                insert.setString(4, json.append(']').toString());
                insert.setTimestamp(5, when);
                insert.setTimestamp(6, when);
                insert.executeUpdate();
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
            try (var campaign = own.prepareStatement(CAMPAIGN_SQL)) {
                for (String value : values) {
                    campaign.setString(1, "sha256");
                    campaign.setString(2, value);
                    campaign.setDouble(3, WINDOW.toSeconds());
                    campaign.setString(4, "sha256");
                    campaign.setString(5, value);
                    campaign.setTimestamp(6, Timestamp.from(at.minus(WINDOW)));
                    campaign.setTimestamp(7, Timestamp.from(at.plus(WINDOW)));
                    campaign.setString(8, "sha256");
                    campaign.setString(9, value);
                    campaign.setTimestamp(10, Timestamp.from(at.minus(WINDOW)));
                    campaign.setTimestamp(11, when);
                    try (var result = campaign.executeQuery()) {
                        result.next();
                    }
                }
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
