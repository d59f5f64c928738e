package eu.vigil.command.drill.view;

import eu.vigil.contracts.drill.DrillArchived;
import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.contracts.drill.DrillEnded;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.LessonsRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Keeps {@code incident.drill} in the transaction of the drill's events (a subscribing processor): the page a start
 * redirects to finds the drill at once. A replayed event changes nothing.
 */
@Component
@ProcessingGroup(DrillProjection.PROCESSING_GROUP)
class DrillProjection {

    static final String PROCESSING_GROUP = "drill-view";

    private final JdbcClient jdbc;

    DrillProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DrillStarted e) {
        jdbc.sql("""
                insert into incident.drill (drill_id, hospital_id, scenario_id, title, scale, started_at, participants)
                values (:id, :hospital, :scenario, :title, :scale, :startedAt, :participants)
                on conflict (drill_id) do nothing""")
                .param("id", e.drillId()).param("hospital", e.hospitalId().value())
                .param("participants", String.join("\n", e.participants()))
                .param("scenario", e.scenarioId()).param("title", e.title()).param("scale", e.scale())
                .param("startedAt", utc(e.startedAt())).update();
    }

    @EventHandler
    void on(DrillEnded e) {
        jdbc.sql("update incident.drill set ended_at = :endedAt where drill_id = :id and ended_at is null")
                .param("id", e.drillId()).param("endedAt", utc(e.endedAt())).update();
    }

    @EventHandler
    void on(DrillArchived e) {
        jdbc.sql("update incident.drill set archived_at = :archivedAt where drill_id = :id and archived_at is null")
                .param("id", e.drillId()).param("archivedAt", utc(e.archivedAt())).update();
    }

    /** At once, so its pages are gone with the answer; the drill's events follow with the publishing processor. */
    @EventHandler
    void on(DrillDeleted e) {
        jdbc.sql("delete from incident.drill where drill_id = :id").param("id", e.drillId()).update();
    }

    @EventHandler
    void on(LessonsRecorded e) {
        jdbc.sql("update incident.drill set lessons = :lessons where drill_id = :id")
                .param("id", e.drillId()).param("lessons", e.text()).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
