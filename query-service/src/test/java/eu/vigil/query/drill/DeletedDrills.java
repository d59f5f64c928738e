package eu.vigil.query.drill;

import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.contracts.drill.DrillEnded;
import eu.vigil.contracts.drill.DrillKey;
import org.awaitility.Awaitility;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Ended drills, sealed on the topics as their publishers seal them, and their deletion as command-service makes it. */
final class DeletedDrills {

    private final Environment context;
    private final JdbcClient jdbc;
    private final SealedDrillTopics topics;
    private final String drillTopic;

    DeletedDrills(Environment context, JdbcClient jdbc) {
        this.context = context;
        this.jdbc = jdbc;
        this.topics = new SealedDrillTopics(context);
        this.drillTopic = context.getRequiredProperty("vigil.topics.drill-events");
    }

    /** The scripted drill, sealed with its key, then ended; returns once the read models hold it ended. */
    ScriptedDrill endedDrill(String hospital) {
        var drill = new ScriptedDrill(hospital);
        var key = DrillKey.generate(drill.drillId);
        drill.publishSealed(context, jdbc, key);
        topics.publish(key, List.of(new SealedDrillTopics.Records(drillTopic, List.of(drill.drillEvent(2,
                new DrillEnded(drill.drillId, drill.startedAt.plus(Duration.ofHours(1))))))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from query.drill where drill_id = :id and ended_at is not null", drill) == 1);
        return drill;
    }

    /** {@code DrillDeleted} and the key's tombstone; returns once the report is kept and the drill gone. */
    void delete(ScriptedDrill drill, Instant deletedAt) {
        topics.delete(drillTopic, drill.drillEvent(3, new DrillDeleted(drill.drillId, deletedAt)), drill.drillId);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from query_kept.kept_drill_report where drill_id = :id", drill) == 1
                && count("select count(*) from query.drill where drill_id = :id", drill) == 0);
    }

    private int count(String sql, ScriptedDrill drill) {
        return jdbc.sql(sql).param("id", drill.drillId).query(Integer.class).single();
    }
}
