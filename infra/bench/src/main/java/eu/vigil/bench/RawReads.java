package eu.vigil.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * R7 (performance.md) for W5: the SQL each read endpoint runs, run raw and every row read, over one open connection
 * per load thread, as the service's pool keeps its connections open (so that a slow query queues no more than there).
 * The statements are copies of query-service's (IncidentList with its default order, aware-at, and no obligation
 * filter; IncidentTimeline; Obligations): keep them in step when those change.
 */
final class RawReads implements AutoCloseable {

    static final String TIMELINE = """
            select sequence, event_id, hospital_id, event_type, kind, occurred_at, actor_id, actor_role,
                   payload, correction_reason
            from query.incident_timeline where incident_id = :incidentId order by sequence""";

    static final String OBLIGATIONS = """
            select state from query.obligation where incident_id = :incidentId and hospital_id = :hospitalId
             order by status not in ('open', 'late'), due_at nulls last, obligation_id""";

    static final String OBLIGATION_HISTORY = """
            select h.obligation_id, h.sequence, h.event_id, h.event_type, h.occurred_at, h.actor_id,
                   h.actor_role, h.payload, o.rule_id, o.state ->> 'authority' as authority,
                   o.state -> 'opened' ->> 'title' as title
              from query.obligation_history h join query.obligation o using (obligation_id)
             where h.incident_id = :incidentId and h.hospital_id = :hospitalId
             order by h.occurred_at, h.obligation_id, h.sequence""";

    private static final Pattern NAME = Pattern.compile("(?<!:):([a-zA-Z]\\w*)");

    /** One thread's connection and the statements it prepared on it. */
    private record Session(Connection connection, Map<String, PreparedStatement> prepared,
                           Map<String, List<String>> order) {
    }

    private final Database database;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Session> session = new ThreadLocal<>();

    RawReads(Database database) {
        this.database = database;
    }

    private Session session() throws SQLException {
        var current = session.get();
        if (current == null) {
            current = new Session(database.connect(), new LinkedHashMap<>(), new LinkedHashMap<>());
            sessions.add(current);
            session.set(current);
        }
        return current;
    }

    /**
     * The list's statement and values as IncidentList builds them for its default order (aware-at, newest first):
     * only the conditions of the filters asked for; null for a filter not asked for.
     */
    static Map.Entry<String, Map<String, Object>> list(String hospitalId, String phase, String severity,
                                                       OffsetDateTime awareFrom, String words, Long afterMicros,
                                                       UUID afterId) {
        var conditions = new ArrayList<String>();
        var values = new LinkedHashMap<String, Object>();
        conditions.add("r.hospital_id = :hospitalId");
        values.put("hospitalId", hospitalId);
        if (phase != null) {
            conditions.add("r.phase = :phase");
            values.put("phase", phase);
        }
        if (severity != null) {
            conditions.add("r.severity = :severity");
            values.put("severity", severity);
        }
        if (awareFrom != null) {
            conditions.add("r.aware_at >= :awareFrom");
            values.put("awareFrom", awareFrom);
        }
        if (words != null) {
            conditions.add("to_tsvector('simple', r.summary) @@ to_tsquery('simple', :words)");
            values.put("words", words);
        }
        if (afterMicros != null) {
            conditions.add("(r.aware_at, r.incident_id) < (:afterKey, :afterId)");
            values.put("afterKey", Instant.EPOCH.plus(afterMicros, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            values.put("afterId", afterId);
        }
        values.put("rows", 51); // IncidentList asks one more than the page's 50 to know whether a next page exists
        String sql = """
                select r.incident_id, r.hospital_id, r.summary, r.category, r.detected_at, r.aware_at,
                       r.personal_data_involved, r.reported_at, r.reported_by, r.severity, r.phase,
                       r.significance, r.patient_care_impact, r.shared_tlp, r.aware_at as sort_key
                from query.incident_register r
                where %s
                order by r.aware_at desc, r.incident_id desc
                limit :rows""".formatted(String.join("\n  and ", conditions));
        return Map.entry(sql, values);
    }

    /** Runs the statement (prepared once) and reads every column of every row; returns the rows. */
    int run(String sql, Map<String, Object> values) throws SQLException {
        var own = session();
        var statement = own.prepared().get(sql);
        if (statement == null) {
            var names = new ArrayList<String>();
            statement = own.connection().prepareStatement(positional(sql, names));
            own.prepared().put(sql, statement);
            own.order().put(sql, names);
        }
        bind(statement, own.order().get(sql), values);
        int rows = 0;
        try (var result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    result.getString(column);
                }
                rows++;
            }
        }
        return rows;
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the statement with these values, one line per plan line. */
    List<String> explain(String sql, Map<String, Object> values) throws SQLException {
        var names = new ArrayList<String>();
        String explain = positional("explain (analyze, buffers) " + sql, names);
        try (var statement = session().connection().prepareStatement(explain)) {
            bind(statement, names, values);
            var lines = new ArrayList<String>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    lines.add(result.getString(1));
                }
            }
            return lines;
        }
    }

    // JdbcClient's :name parameters as JDBC's ?, their names in order; a PostgreSQL cast (::bigint) is no name
    private static String positional(String sql, List<String> names) {
        var matcher = NAME.matcher(sql);
        var positional = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        return positional.toString();
    }

    private static void bind(PreparedStatement statement, List<String> names, Map<String, Object> values)
            throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            Object value = values.get(names.get(i));
            if (value == null) {
                statement.setNull(i + 1, typeOf(names.get(i)));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static int typeOf(String name) {
        return switch (name) {
            case "awareFrom", "awareBefore", "now", "afterKey" -> Types.TIMESTAMP_WITH_TIMEZONE;
            case "afterId", "incidentId" -> Types.OTHER;
            default -> Types.VARCHAR;
        };
    }

    @Override
    public void close() throws SQLException {
        for (Session each : sessions) {
            each.connection().close();
        }
    }
}
