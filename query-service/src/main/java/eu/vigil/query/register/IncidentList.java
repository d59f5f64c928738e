package eu.vigil.query.register;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident register filtered, sorted and paged by keyset. Every value of a query is a bind parameter; only
 * the sort's own SQL, a constant of {@link IncidentSort}, is part of the statement text.
 */
@Component
public class IncidentList {

    // the running reports of each incident, one row per incident (count(*) without group by always answers one)
    private static final String FILTERED = """
            from query.incident_register r
            cross join lateral (
                select count(*) as running, min(ob.due_at) as next_due,
                       coalesce(bool_or(ob.status = 'late' or ob.due_at <= :now), false) as late
                  from query.obligation ob
                 where ob.hospital_id = r.hospital_id and ob.incident_id = r.incident_id
                   and ob.status in ('open', 'late')) o
            where r.hospital_id = :hospitalId
              and (cast(:phase as text) is null or r.phase = :phase)
              and (cast(:category as text) is null or r.category = :category)
              and (cast(:severity as text) is null or r.severity = :severity)
              and (cast(:awareFrom as timestamptz) is null or r.aware_at >= :awareFrom)
              and (cast(:awareBefore as timestamptz) is null or r.aware_at < :awareBefore)
              and (cast(:obligations as text) is null
                   or (:obligations = 'running' and o.running > 0) or (:obligations = 'late' and o.late))
              and (cast(:words as text) is null or to_tsvector('simple', r.summary) @@ to_tsquery('simple', :words))
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    IncidentList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public IncidentPage page(IncidentQuery query) {
        String sql = """
                select * from (
                    select r.incident_id, r.hospital_id, r.summary, r.category, r.detected_at, r.aware_at,
                           r.personal_data_involved, r.reported_at, r.reported_by, r.severity, r.phase,
                           r.significance, r.patient_care_impact, r.shared_tlp, %s as sort_key
                    %s) listed
                where cast(:afterKey as bigint) is null or %s
                order by %s
                limit :rows""".formatted(query.sort().keySql(), FILTERED, query.sort().afterSql(),
                query.sort().orderSql());
        var after = query.after();
        List<Keyed> rows = params(jdbc.sql(sql), query)
                .param("afterKey", after == null ? null : after.key())
                .param("afterId", after == null ? null : after.incidentId())
                .param("rows", query.limit() + 1) // one more tells whether a next page exists
                .query((rs, n) -> new Keyed(IncidentRegister.row(rs, n), rs.getLong("sort_key")))
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
        return params(jdbc.sql("select count(*) " + FILTERED), query).query(Long.class).single();
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, IncidentQuery query) {
        return statement
                .param("now", utc(clock.instant()))
                .param("hospitalId", query.hospitalId())
                .param("phase", query.phase() == null ? null : query.phase().code())
                .param("category", query.category() == null ? null : query.category().code())
                .param("severity", query.severity() == null ? null : query.severity().code())
                .param("awareFrom", utc(query.awareFrom()))
                .param("awareBefore", utc(query.awareBefore()))
                .param("obligations", query.obligations() == null ? null : query.obligations().code())
                .param("words", query.tsQuery());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private record Keyed(RegisteredIncident incident, long key) {
    }
}
