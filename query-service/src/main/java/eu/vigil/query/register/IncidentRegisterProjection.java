package eu.vigil.query.register;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Writes {@code query.incident_register}, and nothing else does. */
@Component
class IncidentRegisterProjection {

    private static final Logger log = LoggerFactory.getLogger(IncidentRegisterProjection.class);
    private static final String NAME = "incident-register";

    private final JdbcClient jdbc;

    IncidentRegisterProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery) {
        if (!firstDelivery(delivery.eventId())) {
            log.debug("Event {} is already in the register: skipped", delivery.eventId());
            return; // at-least-once delivery: this event is already in the register
        }
        var event = delivery.payload();
        if (event instanceof IncidentReported e) {
            insert(delivery, e);
        } else {
            throw new UnhandledEventException(NAME, event);
        }
    }

    private boolean firstDelivery(UUID eventId) {
        return jdbc.sql("""
                insert into query.applied_event (projection, event_id) values (:projection, :eventId)
                on conflict do nothing""")
                .param("projection", NAME).param("eventId", eventId)
                .update() == 1;
    }

    // Later per-incident updates guard with "where last_sequence < :sequence"; a report starts the row.
    private void insert(EventEnvelope<?> delivery, IncidentReported e) {
        jdbc.sql("""
                insert into query.incident_register (incident_id, hospital_id, summary, category, detected_at,
                    aware_at, personal_data_involved, reported_at, reported_by, last_sequence)
                values (:incidentId, :hospitalId, :summary, :category, :detectedAt,
                    :awareAt, :personalDataInvolved, :reportedAt, :reportedBy, :sequence)
                on conflict (incident_id) do nothing""")
                .param("incidentId", e.incidentId().value())
                .param("hospitalId", e.hospitalId().value())
                .param("summary", e.summary())
                .param("category", e.category().code())
                .param("detectedAt", utc(e.detectedAt()))
                .param("awareAt", utc(e.awareAt()))
                .param("personalDataInvolved", e.personalDataInvolved().code())
                .param("reportedAt", utc(delivery.occurredAt()))
                .param("reportedBy", delivery.actor().userId())
                .param("sequence", delivery.aggregateSequence())
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
