package eu.vigil.notifier.incident;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;
import java.util.UUID;

/** Writes {@code notification.seen_incident}, and nothing else does. */
@Component
class SeenIncidentRecorder {

    private static final Logger log = LoggerFactory.getLogger(SeenIncidentRecorder.class);
    private static final String NAME = "seen-incident";

    private final JdbcClient jdbc;

    SeenIncidentRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery) {
        if (!firstDelivery(delivery.eventId())) {
            log.debug("Event {} was already seen: skipped", delivery.eventId());
            return; // at-least-once delivery: this event is already recorded
        }
        var event = delivery.payload();
        if (event instanceof IncidentReported e) {
            record(e);
        } // every later event changes nothing the notifier has seen yet: obligations come with their own feature
    }

    private boolean firstDelivery(UUID eventId) {
        return jdbc.sql("""
                insert into notification.applied_event (projection, event_id) values (:projection, :eventId)
                on conflict do nothing""")
                .param("projection", NAME).param("eventId", eventId)
                .update() == 1;
    }

    private void record(IncidentReported e) {
        jdbc.sql("""
                insert into notification.seen_incident (incident_id, hospital_id, aware_at, personal_data_involved)
                values (:incidentId, :hospitalId, :awareAt, :personalDataInvolved)
                on conflict (incident_id) do nothing""")
                .param("incidentId", e.incidentId().value())
                .param("hospitalId", e.hospitalId().value())
                .param("awareAt", e.awareAt().atOffset(ZoneOffset.UTC))
                .param("personalDataInvolved", e.personalDataInvolved().code())
                .update();
        log.info("Saw incident {}", e.incidentId());
    }
}
