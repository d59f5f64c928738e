package eu.vigil.notifier.incident;

import eu.vigil.consumer.incident.IncidentFold;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.notifier.obligation.Duties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes {@code notification.seen_incident}, and nothing else does, and tells {@link Duties} what changed. The row
 * is derived from the incident's one fold ({@link IncidentState}), which it keeps beside it; what changed is the
 * difference between the state before and after the event. One transaction per delivery holds the seen incident
 * and the obligations' events: a duplicate delivery finds its event folded in already and changes nothing.
 */
@Component
class SeenIncidentRecorder {

    private static final Logger log = LoggerFactory.getLogger(SeenIncidentRecorder.class);

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
        var stored = jdbc.sql("""
                        select state, personal_data_aware_at from notification.seen_incident
                         where incident_id = :id for update""")
                .param("id", delivery.payload().incidentId().value())
                .query((row, n) -> new Stored(IncidentFold.read(row.getString("state")),
                        instant(row.getObject("personal_data_aware_at", OffsetDateTime.class))))
                .optional();
        var before = stored.map(Stored::state).orElse(IncidentState.NONE);
        var after = IncidentFold.next(before, delivery);
        if (after.isEmpty()) {
            log.debug("Event {} was already seen: skipped", delivery.eventId());
            return; // at-least-once delivery: this event is already folded in
        }
        if (stored.isEmpty()) {
            reported(after.get());
        } else {
            changed(before, after.get(), stored.get().personalDataAwareAt(), delivery.occurredAt());
        }
    }

    private void reported(IncidentState state) {
        boolean personalData = state.personalDataInvolved() != YesNoUnknown.NO;
        int inserted = jdbc.sql("""
                insert into notification.seen_incident (incident_id, hospital_id, aware_at, personal_data_involved,
                       personal_data_aware_at, state)
                values (:incidentId, :hospitalId, :awareAt, :personalDataInvolved, :personalDataAwareAt,
                       cast(:state as jsonb))
                on conflict (incident_id) do nothing""")
                .param("incidentId", state.incidentId().value())
                .param("hospitalId", state.hospitalId().value())
                .param("awareAt", utc(state.awareAt()))
                .param("personalDataInvolved", state.personalDataInvolved().code())
                .param("personalDataAwareAt", personalData ? utc(state.awareAt()) : null)
                .param("state", IncidentFold.write(state))
                .update();
        log.info("Saw incident {}", state.incidentId());
        if (inserted == 1 && personalData) {
            duties.personalDataInvolved(incidents.of(state.incidentId()).orElseThrow());
        }
    }

    /**
     * @param personalDataAwareAt when the GDPR Art. 33(1) clock started; null while no personal data is involved
     * @param recordedAt          when the event was recorded
     */
    private void changed(IncidentState before, IncidentState after, Instant personalDataAwareAt, Instant recordedAt) {
        boolean involved = after.personalDataInvolved() != YesNoUnknown.NO;
        boolean awarenessMoved = !after.awareAt().equals(before.awareAt());
        Instant gdprFrom = !involved ? null
                // GDPR Art. 33(1) runs from awareness of the breach: the incident's awareness when personal data
                // was involved from the report on (and it moves with its corrections), otherwise the moment the
                // assessment was recorded
                : personalDataAwareAt == null ? recordedAt
                : awarenessMoved && personalDataAwareAt.equals(before.awareAt()) ? after.awareAt()
                : personalDataAwareAt;
        jdbc.sql("""
                update notification.seen_incident
                   set aware_at = :awareAt, personal_data_involved = :involved, personal_data_aware_at = :gdprFrom,
                       significance = :significance, state = cast(:state as jsonb)
                 where incident_id = :id""")
                .param("awareAt", utc(after.awareAt()))
                .param("involved", after.personalDataInvolved().code())
                .param("gdprFrom", utc(gdprFrom))
                .param("significance", Optional.ofNullable(after.significanceDecision()).map(Significance::code)
                        .orElse(null))
                .param("state", IncidentFold.write(after))
                .param("id", after.incidentId().value())
                .update();
        var clock = incidents.of(after.incidentId()).orElseThrow();
        if (!Objects.equals(before.significance(), after.significance())) {
            if (after.significanceDecision() == Significance.NO) {
                duties.noLongerHolds(after.incidentId(), Duties.NIS2,
                        "Assessed not significant: " + after.significance().reason());
            } else {
                duties.significanceHolds(clock, after.significanceDecision() == Significance.UNDECIDED);
            }
        }
        if (!Objects.equals(before.personalData(), after.personalData())) {
            if (involved) {
                duties.personalDataInvolved(clock);
            } else {
                duties.noLongerHolds(after.incidentId(), Duties.GDPR, "Assessed without personal data: "
                        + Optional.ofNullable(after.personalData().reason()).orElse("no personal data involved"));
            }
        }
        if (!Objects.equals(before.awareness(), after.awareness())) {
            duties.awarenessCorrected(clock, after.awareness().reason());
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private record Stored(IncidentState state, Instant personalDataAwareAt) {
    }
}
