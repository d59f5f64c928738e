package eu.vigil.notifier.drill;

import eu.vigil.notifier.incident.DrillIncidents;
import eu.vigil.notifier.obligation.DrillObligations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * On {@code DrillDeleted} (ADR 0023), in one transaction: the drill's obligations leave the event store, the
 * scheduled deadlines and the read rows; its incidents' seen rows and its participants go too, and so do the drill's
 * own records parked as dead letters. Nothing of a real incident is touched: every step selects by the drill's mark.
 * Delivered again, it finds nothing left and changes nothing.
 */
@Component
class DrillDeletion {

    private final DrillObligations obligations;
    private final DrillIncidents incidents;
    private final DrillParticipants participants;
    private final JdbcClient jdbc;

    DrillDeletion(DrillObligations obligations, DrillIncidents incidents, DrillParticipants participants,
                  JdbcClient jdbc) {
        this.obligations = obligations;
        this.incidents = incidents;
        this.participants = participants;
        this.jdbc = jdbc;
    }

    @Transactional
    void delete(UUID drillId) {
        obligations.remove(drillId); // first: the database function checks them against the incidents' marks
        incidents.remove(drillId);
        participants.forget(drillId);
        // a DrillDeleted parked earlier is being replayed right now: its dead letter is marked, not removed
        jdbc.sql("""
                        delete from notification.dead_letter
                         where record_key = :drill and event_type is distinct from 'DrillDeleted'""")
                .param("drill", drillId.toString()).update();
    }
}
