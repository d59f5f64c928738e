package eu.vigil.query.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import eu.vigil.consumer.fold.StreamFold;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.query.projection.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes {@code query.drill} (or a rebuild's copy), and nothing else does: each drill's events folded into its row in
 * the drill's order, so that a redelivered event (its sequence already applied) changes nothing and one after a gap
 * parks. Events come a poll at a time from the live listener and a thousand at a time from a rebuild.
 * {@link DrillDeleted} is no step of the fold: it hands the drill, as folded so far, to {@link DrillDeletion}.
 */
@Component
class DrillProjection {

    static final String TABLE = "drill";

    private static final Logger log = LoggerFactory.getLogger(DrillProjection.class);
    private static final StreamFold<DrillEvent, Drill> FOLD = new StreamFold<>(Drill.class, Drill::lastSequence,
            Drill::next);

    private final NamedParameterJdbcTemplate jdbc;
    private final DrillDeletion deletion;

    DrillProjection(NamedParameterJdbcTemplate jdbc, DrillDeletion deletion) {
        this.jdbc = jdbc;
        this.deletion = deletion;
    }

    @Transactional
    void apply(List<? extends EventEnvelope<? extends DrillEvent>> deliveries, Target target) {
        var before = new ArrayList<EventEnvelope<? extends DrillEvent>>();
        for (var delivery : deliveries) {
            if (delivery.payload() instanceof DrillDeleted deleted) {
                fold(before, target);
                before.clear();
                deletion.apply(deleted, delivery.hospitalId().value(), delivery.actor(), target);
            } else {
                before.add(delivery);
            }
        }
        fold(before, target);
    }

    private void fold(List<? extends EventEnvelope<? extends DrillEvent>> deliveries, Target target) {
        if (deliveries.isEmpty()) {
            return;
        }
        var folded = new HashMap<UUID, Drill>(stored(deliveries, target));
        var changed = new LinkedHashMap<UUID, Drill>();
        for (var delivery : deliveries) {
            var drillId = delivery.payload().drillId();
            var after = FOLD.next(folded.getOrDefault(drillId, Drill.NONE), delivery);
            if (after.isEmpty()) {
                log.debug("Event {} is already in the drills: skipped", delivery.eventId());
                continue; // at-least-once delivery: this event is applied already
            }
            folded.put(drillId, after.get());
            changed.put(drillId, after.get());
        }
        if (changed.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into " + target.table(TABLE) + """
                 (drill_id, hospital_id, title, scenario_id, scale, started_at, ended_at, lessons,
                    lessons_recorded_at, archived_at, script, scenario_title, last_sequence)
                values (:id, :hospitalId, :title, :scenarioId, :scale, :startedAt, :endedAt, :lessons,
                    :lessonsRecordedAt, :archivedAt, cast(:script as jsonb), cast(:scenarioTitle as jsonb), :sequence)
                on conflict (drill_id) do update
                   set ended_at = excluded.ended_at, lessons = excluded.lessons,
                       lessons_recorded_at = excluded.lessons_recorded_at, archived_at = excluded.archived_at,
                       last_sequence = excluded.last_sequence, projected_at = clock_timestamp()""",
                changed.values().stream().map(DrillProjection::row).toArray(SqlParameterSource[]::new));
    }

    // the drills of these events as stored, locked until the transaction ends
    private Map<UUID, Drill> stored(List<? extends EventEnvelope<? extends DrillEvent>> deliveries, Target target) {
        var ids = deliveries.stream().map(delivery -> delivery.payload().drillId()).distinct().toList();
        var stored = new HashMap<UUID, Drill>();
        jdbc.query("select * from " + target.table(TABLE) + " where drill_id in (:ids) for update",
                Map.of("ids", ids), row -> {
                    var drill = Drills.drill(row);
                    stored.put(drill.drillId(), drill);
                });
        return stored;
    }

    private static SqlParameterSource row(Drill drill) {
        return new MapSqlParameterSource()
                .addValue("id", drill.drillId())
                .addValue("hospitalId", drill.hospitalId())
                .addValue("title", drill.title())
                .addValue("scenarioId", drill.scenarioId())
                .addValue("scale", drill.scale())
                .addValue("startedAt", utc(drill.startedAt()))
                .addValue("endedAt", utc(drill.endedAt()))
                .addValue("lessons", drill.lessons())
                .addValue("lessonsRecordedAt", utc(drill.lessonsRecordedAt()))
                .addValue("archivedAt", utc(drill.archivedAt()))
                .addValue("script", json(drill.script(), drill))
                .addValue("scenarioTitle", json(drill.scenarioTitle(), drill))
                .addValue("sequence", drill.lastSequence());
    }

    private static String json(Object part, Drill drill) {
        try {
            return EventJson.mapper().writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a part of drill " + drill.drillId(), e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
