package eu.vigil.query.timeline;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.query.live.ReadModelChanges;
import eu.vigil.query.projection.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;

/**
 * Writes {@code query.incident_timeline} (or a rebuild's copy of it), and nothing else does: one row per incident
 * event, never changed.
 */
@Component
class IncidentTimelineProjection {

    static final String TABLE = "incident_timeline";

    private static final Logger log = LoggerFactory.getLogger(IncidentTimelineProjection.class);

    private final JdbcClient jdbc;
    private final ReadModelChanges changes;

    IncidentTimelineProjection(JdbcClient jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery) {
        apply(delivery, Target.LIVE);
    }

    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery, Target target) {
        var event = delivery.payload();
        int inserted = jdbc.sql("insert into " + target.table(TABLE) + """
                 (incident_id, sequence, event_id, hospital_id, event_type, kind,
                    occurred_at, actor_id, actor_role, payload, correction_reason)
                values (:incidentId, :sequence, :eventId, :hospitalId, :type, :kind,
                    :occurredAt, :actorId, :actorRole, cast(:payload as jsonb), :correctionReason)
                on conflict do nothing""")
                .param("incidentId", event.incidentId().value())
                .param("sequence", delivery.aggregateSequence())
                .param("eventId", delivery.eventId())
                .param("hospitalId", delivery.hospitalId().value())
                .param("type", delivery.type())
                .param("kind", HistoryKind.of(event).code())
                .param("occurredAt", delivery.occurredAt().atOffset(ZoneOffset.UTC))
                .param("actorId", delivery.actor().userId())
                .param("actorRole", delivery.actor().role())
                .param("payload", EventJson.writePayload(event))
                .param("correctionReason", TimelineEntry.correctionReasonOf(event))
                .update();
        if (inserted == 1) {
            if (target.live()) {
                changes.changed(delivery.hospitalId().value(), event.incidentId().value());
            }
        } else if (onTimeline(delivery, target)) {
            log.debug("Event {} is already on the timeline: skipped", delivery.eventId());
        } else {
            log.warn("Incident {} already has an event at sequence {}, so event {} was not put on its timeline. "
                            + "The publisher gave two events one sequence: compare both in the event store.",
                    event.incidentId(), delivery.aggregateSequence(), delivery.eventId());
        }
    }

    // at-least-once delivery: a redelivered event is on the timeline already, under its own id
    private boolean onTimeline(EventEnvelope<?> delivery, Target target) {
        return jdbc.sql("select exists (select 1 from " + target.table(TABLE) + " where event_id = :eventId)")
                .param("eventId", delivery.eventId()).query(Boolean.class).single();
    }
}
