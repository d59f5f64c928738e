package eu.vigil.query.register;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incident register filtered, sorted and paged by keyset. Every value of a query is a bind parameter; the
 * statement text is made of constants only (the sort's own SQL, and the condition of each filter asked for), so
 * PostgreSQL plans each combination of filters for itself instead of one plan full of "or the value is null".
 */
@Component
public class IncidentList {

    // the running reports of each incident, one row per incident (count(*) without group by always answers one)
    private static final String RUNNING_REPORTS = """
            cross join lateral (
                select count(*) as running, min(ob.due_at) as next_due,
                       coalesce(bool_or(ob.status = 'late' or ob.due_at <= :now), false) as late
                  from query.obligation ob
                 where ob.hospital_id = r.hospital_id and ob.incident_id = r.incident_id
                   and ob.status in ('open', 'late')) o
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    IncidentList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public IncidentPage page(IncidentQuery query) {
        var where = filters(query);
        var after = query.after();
        if (after != null) {
            where.condition(query.sort().afterSql(), "afterKey", query.sort().bindKey(after.key()));
            where.values.put("afterId", after.incidentId());
        }
        where.values.put("rows", query.limit() + 1); // one more tells whether a next page exists
        String sql = """
                select r.incident_id, r.hospital_id, r.summary, r.category, r.detected_at, r.aware_at,
                       r.personal_data_involved, r.reported_at, r.reported_by, r.severity, r.phase,
                       r.significance, r.patient_care_impact, r.shared_tlp, r.drill_id, r.drill_scale,
                       %s as sort_key
                %s
                order by %s
                limit :rows""".formatted(query.sort().keySql(), where.sql(), query.sort().orderSql());
        List<Keyed> rows = jdbc.sql(sql).params(where.values)
                .query((rs, n) -> new Keyed(IncidentRegister.row(rs, n), query.sort().keyOf(rs)))
                .list();
        if (rows.size() <= query.limit()) {
            return new IncidentPage(rows.stream().map(Keyed::incident).toList(), null);
        }
        var shown = new ArrayList<>(rows.subList(0, query.limit()));
        var last = shown.get(shown.size() - 1);
        return new IncidentPage(shown.stream().map(Keyed::incident).toList(),
                new IncidentCursor(last.key(), last.incident().incidentId()));
    }

    /** How many incidents the query's filters keep, over all pages. */
    public long count(IncidentQuery query) {
        var where = filters(query);
        return jdbc.sql("select count(*) " + where.sql()).params(where.values).query(Long.class).single();
    }

    private Where filters(IncidentQuery query) {
        var where = new Where(query.obligations() != null || query.sort().needsObligations());
        where.condition("r.hospital_id = :hospitalId", "hospitalId", query.hospitalId());
        if (query.phase() != null) {
            where.condition("r.phase = :phase", "phase", query.phase().code());
        }
        if (query.category() != null) {
            where.condition("r.category = :category", "category", query.category().code());
        }
        if (query.severity() != null) {
            where.condition("r.severity = :severity", "severity", query.severity().code());
        }
        if (query.awareFrom() != null) {
            where.condition("r.aware_at >= :awareFrom", "awareFrom", utc(query.awareFrom()));
        }
        if (query.awareBefore() != null) {
            where.condition("r.aware_at < :awareBefore", "awareBefore", utc(query.awareBefore()));
        }
        if (query.obligations() == ObligationFilter.RUNNING) {
            where.conditions.add("o.running > 0");
        } else if (query.obligations() == ObligationFilter.LATE) {
            where.conditions.add("o.late");
        }
        if (query.drills().condition() != null) {
            where.conditions.add(query.drills().condition());
        }
        if (query.tsQuery() != null) {
            // the same expression as the index incident_register_hospital_words (V13)
            where.condition("to_tsvector('simple', r.summary) @@ to_tsquery('simple', :words)", "words",
                    query.tsQuery());
        }
        if (where.runningReports) {
            where.values.put("now", utc(clock.instant()));
        }
        return where;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The from and where clauses of one query, and the values they bind. */
    private static final class Where {
        private final boolean runningReports;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> values = new LinkedHashMap<>();

        Where(boolean runningReports) {
            this.runningReports = runningReports;
        }

        void condition(String sql, String name, Object value) {
            conditions.add(sql);
            values.put(name, value);
        }

        String sql() {
            return "from query.incident_register r\n" + (runningReports ? RUNNING_REPORTS : "")
                    + "where " + String.join("\n  and ", conditions);
        }
    }

    private record Keyed(RegisteredIncident incident, long key) {
    }
}
