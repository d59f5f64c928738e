package eu.vigil.notifier.incident;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.obligation.Duties;
import eu.vigil.notifier.obligation.IncidentClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes {@code notification.seen_incident}, and nothing else does, and tells {@link Duties} what changed. One
 * transaction per delivery holds the seen incident, the obligations' events and the mark that this event was
 * applied: a duplicate delivery finds the mark and changes nothing.
 */
@Component
class SeenIncidentRecorder {

    private static final Logger log = LoggerFactory.getLogger(SeenIncidentRecorder.class);
    private static final String NAME = "seen-incident";

    private final JdbcClient jdbc;
    private final Duties duties;
    private final SeenIncidents incidents;

    SeenIncidentRecorder(JdbcClient jdbc, Duties duties, SeenIncidents incidents) {
        this.jdbc = jdbc;
        this.duties = duties;
        this.incidents = incidents;
    }

    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery) {
        if (!firstDelivery(delivery.eventId())) {
            log.debug("Event {} was already seen: skipped", delivery.eventId());
            return; // at-least-once delivery: this event is already recorded
        }
        var event = delivery.payload();
        if (event instanceof IncidentReported e) {
            reported(e);
        } else if (event instanceof SignificanceAssessed e) {
            significance(e);
        } else if (event instanceof PersonalDataAssessed e) {
            personalData(e, delivery.occurredAt());
        } else if (event instanceof AwarenessCorrected e) {
            awareness(e);
        } // the other events change no obligation
    }

    private void reported(IncidentReported e) {
        boolean personalData = e.personalDataInvolved() != YesNoUnknown.NO;
        int inserted = jdbc.sql("""
                insert into notification.seen_incident (incident_id, hospital_id, aware_at, personal_data_involved,
                       personal_data_aware_at)
                values (:incidentId, :hospitalId, :awareAt, :personalDataInvolved, :personalDataAwareAt)
                on conflict (incident_id) do nothing""")
                .param("incidentId", e.incidentId().value())
                .param("hospitalId", e.hospitalId().value())
                .param("awareAt", utc(e.awareAt()))
                .param("personalDataInvolved", e.personalDataInvolved().code())
                .param("personalDataAwareAt", personalData ? utc(e.awareAt()) : null)
                .update();
        log.info("Saw incident {}", e.incidentId());
        if (inserted == 1 && personalData) {
            duties.personalDataInvolved(clock(e.incidentId()).orElseThrow());
        }
    }

    private void significance(SignificanceAssessed e) {
        var incident = clock(e.incidentId());
        if (incident.isEmpty()) {
            return;
        }
        jdbc.sql("update notification.seen_incident set significance = :significance where incident_id = :id")
                .param("significance", e.significance().code()).param("id", e.incidentId().value()).update();
        if (e.significance() == Significance.NO) {
            duties.noLongerHolds(e.incidentId(), Duties.NIS2, "Assessed not significant: " + e.reason());
        } else {
            duties.significanceHolds(incident.get(), e.significance() == Significance.UNDECIDED);
        }
    }

    private void personalData(PersonalDataAssessed e, Instant recordedAt) {
        var incident = clock(e.incidentId());
        if (incident.isEmpty()) {
            return;
        }
        boolean involved = e.involved() != YesNoUnknown.NO;
        // GDPR Art. 33(1) runs from awareness of the breach: the report's aware-at when it was known then,
        // otherwise the moment the assessment was recorded
        Instant awareAt = involved ? Optional.ofNullable(incident.get().personalDataAwareAt()).orElse(recordedAt) : null;
        jdbc.sql("""
                update notification.seen_incident
                   set personal_data_involved = :involved, personal_data_aware_at = :awareAt
                 where incident_id = :id""")
                .param("involved", e.involved().code()).param("awareAt", utc(awareAt))
                .param("id", e.incidentId().value()).update();
        if (involved) {
            duties.personalDataInvolved(clock(e.incidentId()).orElseThrow());
        } else {
            duties.noLongerHolds(e.incidentId(), Duties.GDPR, "Assessed without personal data: "
                    + Optional.ofNullable(e.reason()).orElse("no personal data involved"));
        }
    }

    private void awareness(AwarenessCorrected e) {
        var before = clock(e.incidentId());
        if (before.isEmpty()) {
            return;
        }
        // the GDPR clock moves with awareness when it started at the reported aware-at
        boolean gdprFromAwareness = before.get().awareAt().equals(before.get().personalDataAwareAt());
        jdbc.sql("""
                update notification.seen_incident
                   set aware_at = :awareAt,
                       personal_data_aware_at = case when :moveGdpr then :awareAt else personal_data_aware_at end
                 where incident_id = :id""")
                .param("awareAt", utc(e.awareAt())).param("moveGdpr", gdprFromAwareness)
                .param("id", e.incidentId().value()).update();
        duties.awarenessCorrected(clock(e.incidentId()).orElseThrow(), e.reason());
    }

    private Optional<IncidentClock> clock(IncidentId incident) {
        var clock = incidents.of(incident);
        if (clock.isEmpty()) {
            log.warn("An event of incident {} arrived before its report: no obligation changed", incident);
        }
        return clock;
    }

    private boolean firstDelivery(UUID eventId) {
        return jdbc.sql("""
                insert into notification.applied_event (projection, event_id) values (:projection, :eventId)
                on conflict do nothing""")
                .param("projection", NAME).param("eventId", eventId)
                .update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
