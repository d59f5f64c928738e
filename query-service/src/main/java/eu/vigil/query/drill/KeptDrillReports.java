package eu.vigil.query.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code query_kept.kept_drill_report}: the report of each deleted drill as it stood at the deletion (ADR 0023), in the
 * JSON the report's API answered then, so that its page, PDF and JSON keep showing it. No projection writes it and
 * no rebuild touches it.
 */
@Component
class KeptDrillReports {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    KeptDrillReports(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps the report once: a redelivered deletion keeps the first. */
    void keep(String hospitalId, DrillReport report, Instant deletedAt, Actor deletedBy) {
        jdbc.sql("""
                        insert into query_kept.kept_drill_report (drill_id, hospital_id, started_at, report, deleted_at,
                               deleted_by, deleted_by_role)
                        values (:drillId, :hospitalId, :startedAt, cast(:report as jsonb), :deletedAt, :deletedBy,
                                :deletedByRole)
                        on conflict (drill_id) do nothing""")
                .param("drillId", report.drillId()).param("hospitalId", hospitalId)
                .param("startedAt", utc(report.startedAt())).param("report", write(report))
                .param("deletedAt", utc(deletedAt)).param("deletedBy", deletedBy.userId())
                .param("deletedByRole", deletedBy.role()).update();
    }

    boolean holds(UUID drillId) {
        return jdbc.sql("select count(*) from query_kept.kept_drill_report where drill_id = :id").param("id", drillId)
                .query(Integer.class).single() > 0;
    }

    /** The deleted drill's kept report; empty for any other drill. */
    Optional<Kept> find(UUID drillId) {
        return jdbc.sql("select hospital_id, report, deleted_at from query_kept.kept_drill_report where drill_id = :id")
                .param("id", drillId).query((rs, n) -> new Kept(rs.getString("hospital_id"), read(rs))).optional();
    }

    /** The hospital's deleted drills' kept reports, the latest started first. */
    List<DrillReport> ofHospital(String hospitalId) {
        return jdbc.sql("""
                        select report, deleted_at from query_kept.kept_drill_report
                         where hospital_id = :hospital order by started_at desc, drill_id""")
                .param("hospital", hospitalId).query((rs, n) -> read(rs)).list();
    }

    /** A deleted drill's report and its hospital. */
    record Kept(String hospitalId, DrillReport report) {
    }

    private DrillReport read(ResultSet rs) throws SQLException {
        try {
            return json.readValue(rs.getString("report"), DrillReport.class)
                    .deleted(rs.getObject("deleted_at", OffsetDateTime.class).toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable kept drill report: " + e.getOriginalMessage(), e);
        }
    }

    private String write(DrillReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the report of drill " + report.drillId(), e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
