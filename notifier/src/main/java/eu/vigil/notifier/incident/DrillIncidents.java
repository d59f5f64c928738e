package eu.vigil.notifier.incident;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Removes what the notifier saw of a deleted drill's incidents (ADR 0023): their seen rows, the only ones that name
 * the drill, their timeline entries, and the records of them parked as dead letters (keyed by incident id). A real
 * incident's row names no drill and is never touched.
 */
@Component
public class DrillIncidents {

    private static final String OF_THE_DRILL =
            "select incident_id from notification.seen_incident where drill_id = :drill";

    private final JdbcClient jdbc;

    DrillIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes them all; nothing when they are gone already. After the drill's obligations, which read them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(UUID drillId) {
        jdbc.sql("delete from notification.seen_timeline_entry where incident_id in (" + OF_THE_DRILL + ")")
                .param("drill", drillId).update();
        jdbc.sql("delete from notification.dead_letter where record_key in (select incident_id::text from ("
                        + OF_THE_DRILL + ") drill)")
                .param("drill", drillId).update();
        jdbc.sql("delete from notification.seen_incident where drill_id = :drill").param("drill", drillId).update();
    }
}
