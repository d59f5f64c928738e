package eu.vigil.query.timeline;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.query.live.ReadModelChanges;
import eu.vigil.query.projection.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes {@code query.incident_timeline} (or a rebuild's copy of it), and nothing else does: one row per incident
 * event, never changed.
 */
@Component
class IncidentTimelineProjection {

    static final String TABLE = "incident_timeline";

    private static final Logger log = LoggerFactory.getLogger(IncidentTimelineProjection.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelChanges changes;

    IncidentTimelineProjection(NamedParameterJdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery) {
        apply(List.of(delivery), Target.LIVE);
    }

    @Transactional
    void apply(List<? extends EventEnvelope<? extends IncidentEvent>> deliveries, Target target) {
        int[] inserted = jdbc.batchUpdate("insert into " + target.table(TABLE) + """
                 (incident_id, sequence, event_id, hospital_id, event_type, kind,
                    occurred_at, actor_id, actor_role, payload, correction_reason)
                values (:incidentId, :sequence, :eventId, :hospitalId, :type, :kind,
                    :occurredAt, :actorId, :actorRole, cast(:payload as jsonb), :correctionReason)
                on conflict do nothing""", deliveries.stream().map(IncidentTimelineProjection::row)
                .toArray(SqlParameterSource[]::new));
        var changed = new LinkedHashMap<UUID, String>();
        for (int i = 0; i < inserted.length; i++) {
            var delivery = deliveries.get(i);
            var event = delivery.payload();
            if (inserted[i] == 1 || inserted[i] == Statement.SUCCESS_NO_INFO) {
                changed.putIfAbsent(event.incidentId().value(), delivery.hospitalId().value());
            } else if (onTimeline(delivery, target)) {
                log.debug("Event {} is already on the timeline: skipped", delivery.eventId());
            } else {
                log.warn("Incident {} already has an event at sequence {}, so event {} was not put on its timeline. "
                                + "The publisher gave two events one sequence: compare both in the event store.",
                        event.incidentId(), delivery.aggregateSequence(), delivery.eventId());
            }
        }
        if (target.live()) {
            changes.changed(changed);
        }
    }

    private static SqlParameterSource row(EventEnvelope<? extends IncidentEvent> delivery) {
        var event = delivery.payload();
        return new MapSqlParameterSource()
                .addValue("incidentId", event.incidentId().value())
                .addValue("sequence", delivery.aggregateSequence())
                .addValue("eventId", delivery.eventId())
                .addValue("hospitalId", delivery.hospitalId().value())
                .addValue("type", delivery.type())
                .addValue("kind", HistoryKind.of(event).code())
                .addValue("occurredAt", delivery.occurredAt().atOffset(ZoneOffset.UTC))
                .addValue("actorId", delivery.actor().userId())
                .addValue("actorRole", delivery.actor().role())
                .addValue("payload", EventJson.writePayload(event))
                .addValue("correctionReason", TimelineEntry.correctionReasonOf(event));
    }

    // at-least-once delivery: a redelivered event is on the timeline already, under its own id
    private boolean onTimeline(EventEnvelope<?> delivery, Target target) {
        return jdbc.queryForObject("select exists (select 1 from " + target.table(TABLE)
                + " where event_id = :eventId)", Map.of("eventId", delivery.eventId()), Boolean.class);
    }
}
