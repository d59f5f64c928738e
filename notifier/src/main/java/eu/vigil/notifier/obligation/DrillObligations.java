package eu.vigil.notifier.obligation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Removes a deleted drill's obligations (ADR 0023): their events and snapshots through the one database function the
 * append-only trigger lets through ({@code notification.delete_drill_obligations}, V26), their pending reminders and
 * due instants in db-scheduler's table, so that none fires and nothing is mailed, and their read rows. An obligation
 * is a drill's when its incident's seen row names the drill, as everywhere else; a real one is never touched.
 */
@Component
public class DrillObligations {

    private static final Logger log = LoggerFactory.getLogger(DrillObligations.class);
    private static final String OF_THE_DRILL = """
            select o.obligation_id
              from notification.obligation o
              join notification.seen_incident s on s.incident_id = o.incident_id
             where s.drill_id = :drill""";

    private final JdbcClient jdbc;

    DrillObligations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes them all; nothing when they are gone already. Before the drill's seen incidents, which it reads. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(UUID drillId) {
        long events = jdbc.sql("select notification.delete_drill_obligations(:drill, array(" + OF_THE_DRILL + "))")
                .param("drill", drillId).query(Long.class).single();
        // Axon's deadline task names its scope, the obligation's id, in its serialised data; db-scheduler has no
        // column for it
        int deadlines = jdbc.sql("""
                        delete from notification.scheduled_tasks t
                         where t.task_name = 'AxonDeadline'
                           and exists (select 1 from (%s) drill
                                        where position(convert_to(drill.obligation_id::text, 'UTF8') in t.task_data) > 0)
                        """.formatted(OF_THE_DRILL))
                .param("drill", drillId).update();
        jdbc.sql("delete from notification.publication_dead_letter where aggregate_id in (select obligation_id::text from ("
                        + OF_THE_DRILL + ") drill)")
                .param("drill", drillId).update();
        for (String table : new String[] {"draft_version", "submission_receipt", "obligation"}) {
            jdbc.sql("delete from notification." + table + " where obligation_id in (" + OF_THE_DRILL + ")")
                    .param("drill", drillId).update();
        }
        log.info("Drill {} deleted: {} events and {} deadlines of its obligations removed", drillId, events, deadlines);
    }
}
