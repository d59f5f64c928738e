package eu.vigil.query.timeline;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.query.live.ReadModelChanges;
import eu.vigil.query.projection.AppliedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;

/** Writes {@code query.incident_timeline}, and nothing else does: one row per incident event, never changed. */
@Component
class IncidentTimelineProjection {

    static final String NAME = "incident-timeline";

    private static final Logger log = LoggerFactory.getLogger(IncidentTimelineProjection.class);

    private final JdbcClient jdbc;
    private final AppliedEvents applied;
    private final ReadModelChanges changes;

    IncidentTimelineProjection(JdbcClient jdbc, AppliedEvents applied, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.applied = applied;
        this.changes = changes;
    }

    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery) {
        if (!applied.firstDelivery(NAME, delivery.eventId())) {
            log.debug("Event {} is already on the timeline: skipped", delivery.eventId());
            return; // at-least-once delivery: this event is already on the timeline
        }
        var event = delivery.payload();
        int inserted = jdbc.sql("""
                insert into query.incident_timeline (incident_id, sequence, event_id, hospital_id, event_type, kind,
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
            changes.changed(delivery.hospitalId().value(), event.incidentId().value());
        } else {
            log.warn("Incident {} already has an event at sequence {}, so event {} was not put on its timeline. "
                            + "The publisher gave two events one sequence: compare both in the event store.",
                    event.incidentId(), delivery.aggregateSequence(), delivery.eventId());
        }
    }
}
