package eu.vigil.query.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The orders the incident list offers. Each sorts by one column or expression (and the incident id on a tie), so a
 * page ends at a (key, id) pair the next page starts after: keyset paging, never OFFSET. The three orders over the
 * register's own columns seek in an index of (hospital, key, incident id) (V11), so a page costs the same wherever
 * it is in the list; the next report due comes from the obligations and is computed per listed incident.
 */
public enum IncidentSort {

    AWARE_AT("aware-at", "r.aware_at", Key.INSTANT, true),
    REPORTED_AT("reported-at", "r.reported_at", Key.INSTANT, true),
    // the same expression as the index incident_register_hospital_severity: keep both in step
    SEVERITY("severity", """
            (case r.severity when 'critical' then 4 when 'high' then 3 when 'medium' then 2 when 'low' then 1
             else 0 end)""", Key.NUMBER, true),
    // incidents without a running report (or owed "without undue delay") come last
    NEXT_DUE("next-due", "coalesce(floor(extract(epoch from o.next_due) * 1000000)::bigint, 9223372036854775807)",
            Key.NUMBER, false);

    /** How a sort value becomes the whole number a cursor carries, and back into a bind value. */
    private enum Key {
        // an instant as microseconds since the epoch: PostgreSQL's own precision, so the cursor is exact
        INSTANT {
            long read(ResultSet rs) throws SQLException {
                Instant value = rs.getObject("sort_key", OffsetDateTime.class).toInstant();
                return ChronoUnit.MICROS.between(Instant.EPOCH, value);
            }

            Object bind(long key) {
                return Instant.EPOCH.plus(key, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            }
        },
        NUMBER {
            long read(ResultSet rs) throws SQLException {
                return rs.getLong("sort_key");
            }

            Object bind(long key) {
                return key;
            }
        };

        abstract long read(ResultSet rs) throws SQLException;

        abstract Object bind(long key);
    }

    private final String code;
    private final String expression;
    private final Key key;
    private final boolean descending;

    IncidentSort(String code, String expression, Key key, boolean descending) {
        this.code = code;
        this.expression = expression;
        this.key = key;
        this.descending = descending;
    }

    public String code() {
        return code;
    }

    String keySql() {
        return expression;
    }

    /** Whether the order needs the incident's running reports joined. */
    boolean needsObligations() {
        return this == NEXT_DUE;
    }

    String afterSql() {
        return "(%s, r.incident_id) %s (:afterKey, :afterId)".formatted(expression, descending ? "<" : ">");
    }

    String orderSql() {
        return descending ? expression + " desc, r.incident_id desc" : expression + ", r.incident_id";
    }

    long keyOf(ResultSet rs) throws SQLException {
        return key.read(rs);
    }

    Object bindKey(long cursorKey) {
        return key.bind(cursorKey);
    }
}
