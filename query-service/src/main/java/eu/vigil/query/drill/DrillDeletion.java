package eu.vigil.query.drill;

import eu.vigil.consumer.drill.DrillKeyring;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.query.live.ReadModelChanges;
import eu.vigil.query.projection.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * A drill's deletion (ADR 0023) in the read models: its report is kept as it stands ({@link KeptDrillReports}), then
 * the drill, its incidents and their obligations leave every read model, live and any rebuild's new tables alike, and
 * its key is forgotten, so that its records on the topics, read again, are skipped. The CERT's drill feed keeps its
 * sanitised shares. Only incidents marked with this drill are touched: a real incident never carries the mark.
 * A redelivered deletion finds the report kept and nothing left to remove.
 */
@Component
class DrillDeletion {

    private static final Logger log = LoggerFactory.getLogger(DrillDeletion.class);
    // the rows of a drill's incidents, each read model's own table; obligations first, found through the incidents
    private static final List<String> BY_INCIDENT = List.of("obligation_history", "obligation", "incident_timeline",
            "incident_register");

    private final JdbcClient jdbc;
    private final Drills drills;
    private final KeptDrillReports kept;
    private final DrillKeyring keyring;
    private final ReadModelChanges changes;

    DrillDeletion(JdbcClient jdbc, Drills drills, KeptDrillReports kept, DrillKeyring keyring,
                  ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.drills = drills;
        this.kept = kept;
        this.keyring = keyring;
        this.changes = changes;
    }

    /**
     * In the caller's transaction. A rebuild's drill events delete only from its own new drill table: the drill's
     * earlier records were skipped there, its key being gone, and the kept report is no projection's.
     */
    void apply(DrillDeleted deleted, String hospitalId, Actor deletedBy, Target target) {
        UUID drillId = deleted.drillId();
        if (!target.live()) {
            jdbc.sql("delete from " + target.table(DrillProjection.TABLE) + " where drill_id = :drill")
                    .param("drill", drillId).update();
            return;
        }
        keyring.forget(drillId);
        drills.find(drillId).filter(drill -> drill.hospitalId().equals(hospitalId)).ifPresent(drill -> {
            if (!kept.holds(drillId)) {
                kept.keep(hospitalId, DrillScore.score(drills.factsOf(drill), deleted.deletedAt()),
                        deleted.deletedAt(), deletedBy);
            }
        });
        var incidents = incidentsOf(drillId, hospitalId);
        // a rebuild running meanwhile may have copied the drill's records while its key still opened them
        for (Target tables : List.of(Target.LIVE, Target.REBUILD)) {
            remove(drillId, hospitalId, incidents, tables);
        }
        incidents.forEach(incident -> changes.changed(hospitalId, incident));
        log.info("Drill {} deleted: its report kept, it and {} incidents removed from the read models", drillId,
                incidents.size());
    }

    // marked with the drill in the register, or, should the register lag behind the timeline, in its report there
    private List<UUID> incidentsOf(UUID drillId, String hospitalId) {
        return jdbc.sql("""
                        select incident_id from query.incident_register
                         where drill_id = :drill and hospital_id = :hospital
                        union
                        select incident_id from query.incident_timeline
                         where event_type = 'IncidentReported' and hospital_id = :hospital
                           and payload -> 'exercise' ->> 'drillId' = :drillText""")
                .param("drill", drillId).param("hospital", hospitalId).param("drillText", drillId.toString())
                .query(UUID.class).list();
    }

    private void remove(UUID drillId, String hospitalId, List<UUID> incidents, Target tables) {
        for (String table : BY_INCIDENT) {
            if (!incidents.isEmpty() && exists(tables.table(table))) {
                jdbc.sql("delete from " + tables.table(table)
                                + " where incident_id in (:incidents) and hospital_id = :hospital")
                        .param("incidents", incidents).param("hospital", hospitalId).update();
            }
        }
        if (exists(tables.table(DrillProjection.TABLE))) {
            jdbc.sql("delete from " + tables.table(DrillProjection.TABLE) + " where drill_id = :drill")
                    .param("drill", drillId).update();
        }
    }

    private boolean exists(String table) {
        return jdbc.sql("select to_regclass(:table) is not null").param("table", table).query(Boolean.class).single();
    }
}
