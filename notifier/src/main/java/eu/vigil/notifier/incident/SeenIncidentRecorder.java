package eu.vigil.notifier.incident;

import eu.vigil.consumer.incident.IncidentFold;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.HandlingConcluded;
import eu.vigil.contracts.incident.ImpactEnded;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.TimelineEntryAppended;
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
 * Writes {@code notification.seen_incident}, and nothing else does but a drill's deletion ({@link DrillIncidents}),
 * and tells {@link Duties} what changed. The row is derived from the incident's one fold ({@link IncidentState}),
 * which it keeps beside it; what changed is the difference between the state before and after the event. One
 * transaction per delivery holds the seen incident and the obligations' events: a duplicate delivery finds its event
 * folded in already and changes nothing.
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
        var stored = jdbc.sql("select state from notification.seen_incident where incident_id = :id for update")
                .param("id", delivery.payload().incidentId().value())
                .query((row, n) -> IncidentFold.read(row.getString("state")))
                .optional();
        var before = stored.orElse(IncidentState.NONE);
        var after = IncidentFold.next(before, delivery);
        if (after.isEmpty()) {
            log.debug("Event {} was already seen: skipped", delivery.eventId());
            return; // at-least-once delivery: this event is already folded in
        }
        if (stored.isEmpty()) {
            reported(after.get());
        } else {
            changed(before, after.get());
        }
        if (delivery.payload() instanceof TimelineEntryAppended entry) {
            appended(entry);
        }
    }

    private void appended(TimelineEntryAppended entry) {
        jdbc.sql("""
                insert into notification.seen_timeline_entry (entry_id, incident_id, kind, text, happened_at,
                       recorded_at)
                values (:entryId, :incidentId, :kind, :text, :happenedAt, :recordedAt)""")
                .param("entryId", entry.entryId()).param("incidentId", entry.incidentId().value())
                .param("kind", entry.kind().code()).param("text", entry.text())
                .param("happenedAt", utc(entry.happenedAt())).param("recordedAt", utc(entry.recordedAt()))
                .update();
        if (entry.supersedes() != null) {
            jdbc.sql("update notification.seen_timeline_entry set superseded_by = :by where entry_id = :id")
                    .param("by", entry.entryId()).param("id", entry.supersedes()).update();
        }
    }

    private void reported(IncidentState state) {
        int inserted = jdbc.sql("""
                insert into notification.seen_incident (incident_id, hospital_id, aware_at, personal_data_involved,
                       personal_data_aware_at, state, drill_id, drill_scale)
                values (:incidentId, :hospitalId, :awareAt, :personalDataInvolved, :personalDataAwareAt,
                       cast(:state as jsonb), :drillId, :drillScale)
                on conflict (incident_id) do nothing""")
                .param("incidentId", state.incidentId().value())
                .param("hospitalId", state.hospitalId().value())
                .param("awareAt", utc(state.awareAt()))
                .param("personalDataInvolved", state.personalDataInvolved().code())
                .param("personalDataAwareAt", utc(state.personalDataAwareAt()))
                .param("state", IncidentFold.write(state))
                .param("drillId", Optional.ofNullable(state.exercise()).map(Exercise::drillId).orElse(null))
                .param("drillScale", Optional.ofNullable(state.exercise()).map(Exercise::scale).orElse(null))
                .update();
        log.info("Saw incident {}", state.incidentId());
        if (inserted == 1 && state.personalDataAwareAt() != null) {
            duties.personalDataInvolved(incidents.of(state.incidentId()).orElseThrow());
        }
    }

    // what changed is the difference between the folded states: each duty follows from its part of the state
    private void changed(IncidentState before, IncidentState after) {
        jdbc.sql("""
                update notification.seen_incident
                   set aware_at = :awareAt, personal_data_involved = :involved, personal_data_aware_at = :gdprFrom,
                       significance = :significance, handling_concluded_at = :concludedAt,
                       impact_ended_at = :impactEndedAt, state = cast(:state as jsonb)
                 where incident_id = :id""")
                .param("awareAt", utc(after.awareAt()))
                .param("involved", after.personalDataInvolved().code())
                .param("gdprFrom", utc(after.personalDataAwareAt()))
                .param("significance", Optional.ofNullable(after.significanceDecision()).map(Significance::code)
                        .orElse(null))
                .param("concludedAt", utc(Optional.ofNullable(after.handlingConcluded())
                        .map(HandlingConcluded::concludedAt).orElse(null)))
                .param("impactEndedAt", utc(Optional.ofNullable(after.impactEnded()).map(ImpactEnded::endedAt)
                        .orElse(null)))
                .param("state", IncidentFold.write(after))
                .param("id", after.incidentId().value())
                .update();
        var clock = incidents.of(after.incidentId()).orElseThrow();
        boolean nis2Before = holds(before.significanceDecision());
        boolean nis2 = holds(after.significanceDecision());
        boolean undecided = after.significanceDecision() == Significance.UNDECIDED;
        if (!Objects.equals(before.significance(), after.significance())) {
            if (nis2) {
                duties.significanceHolds(clock, undecided);
            } else {
                duties.noLongerHolds(after.incidentId(), Duties.NIS2,
                        "Assessed not significant: " + after.significance().reason());
            }
        }
        if (!Objects.equals(before.personalData(), after.personalData())) {
            if (after.personalDataAwareAt() != null) {
                duties.personalDataInvolved(clock);
            } else {
                duties.noLongerHolds(after.incidentId(), Duties.GDPR, "Assessed without personal data: "
                        + Optional.ofNullable(after.personalData().reason()).orElse("no personal data involved"));
            }
        }
        if (nis2 && nis2Before && before.handlingConcluded() == null && after.handlingConcluded() != null) {
            duties.handlingConcluded(clock, undecided);
        }
        if (nis2 && nis2Before && before.impactEnded() == null && after.impactEnded() != null) {
            duties.impactEnded(clock, undecided);
        }
        String moved = movedBecause(before, after);
        if (moved != null) {
            duties.clockMoved(clock, moved);
        }
    }

    // why an instant that obligations run from changed while they were running; null when none did
    private static String movedBecause(IncidentState before, IncidentState after) {
        if (!Objects.equals(before.awareness(), after.awareness())) {
            return after.awareness().reason();
        }
        boolean breachKnownBoth = before.personalDataAwareAt() != null && after.personalDataAwareAt() != null;
        if (breachKnownBoth && !before.personalDataAwareAt().equals(after.personalDataAwareAt())) {
            return Optional.ofNullable(after.personalData().reason()).orElse("Breach awareness corrected");
        }
        if (before.handlingConcluded() != null && !before.handlingConcluded().equals(after.handlingConcluded())) {
            return "End of handling corrected";
        }
        if (before.impactEnded() != null && !before.impactEnded().equals(after.impactEnded())) {
            return "End of impact corrected";
        }
        return null;
    }

    private static boolean holds(Significance decision) {
        return decision == Significance.YES || decision == Significance.UNDECIDED;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
