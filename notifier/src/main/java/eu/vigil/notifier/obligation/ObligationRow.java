package eu.vigil.notifier.obligation;

import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.notifier.rules.EuZones;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One obligation as the board, the mail and the calendar read it.
 *
 * @param basis    why it opened when a person's decision opened it; null when an incident event did
 * @param exercise the drill its incident belongs to, as the incident's fold says (ADR 0022); null for a real one
 */
public record ObligationRow(UUID obligationId, IncidentId incidentId, HospitalId hospitalId, String ruleId,
                            String regime, String title, String recipientKind, String authority, String legalBasis,
                            String source, String jurisdiction, boolean baselineFallback, Instant triggeredAt,
                            Instant dueAt, ZoneId timeZone, boolean significanceUndecided, ObligationStatus status,
                            Duration lastReminderLead, Instant submittedAt, String reference, String reason,
                            Instant updatedAt, String basis, Exercise exercise) {

    /** An obligation of a real incident. */
    public ObligationRow(UUID obligationId, IncidentId incidentId, HospitalId hospitalId, String ruleId,
                         String regime, String title, String recipientKind, String authority, String legalBasis,
                         String source, String jurisdiction, boolean baselineFallback, Instant triggeredAt,
                         Instant dueAt, ZoneId timeZone, boolean significanceUndecided, ObligationStatus status,
                         Duration lastReminderLead, Instant submittedAt, String reference, String reason,
                         Instant updatedAt, String basis) {
        this(obligationId, incidentId, hospitalId, ruleId, regime, title, recipientKind, authority, legalBasis, source,
                jurisdiction, baselineFallback, triggeredAt, dueAt, timeZone, significanceUndecided, status,
                lastReminderLead, submittedAt, reference, reason, updatedAt, basis, null);
    }

    /** Of a drill's incident: marked EXERCISE wherever it shows, and never sent or counted as a real one. */
    public boolean isExercise() {
        return exercise != null;
    }

    /** Computed while the hospital had no profile: at the earliest instant any EU member state's zone allows. */
    public boolean profileMissing() {
        return EuZones.profileMissing(timeZone);
    }

    /** For "without undue delay": how long the clock has run, since there is no instant to count down to. */
    public Duration elapsedSince(Instant now) {
        return Duration.between(triggeredAt, now);
    }
}
