package eu.vigil.notifier.obligation.web;

import eu.vigil.contracts.drill.Exercise;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.SentDraft;

import java.time.Instant;
import java.util.UUID;

/**
 * An obligation on the API: instants in UTC (ISO-8601), with the hospital's zone to read them in; {@code exercise}
 * names the drill of a drill's obligation (ADR 0022: nothing of it is sent to an authority), null for a real one.
 */
record ObligationResponse(UUID obligationId, String incidentId, String ruleId, String regime, String title,
                          String recipientKind, String authority, String legalBasis, String source,
                          String jurisdiction, boolean baselineFallback, Instant triggeredAt, Instant dueAt,
                          String timeZone, boolean significanceUndecided, String status, Instant submittedAt,
                          String reference, String reason, String basis, SentDraft sent, Exercise exercise) {

    static ObligationResponse of(ObligationRow row) {
        return of(row, null);
    }

    /** @param sent what the submission named of what was sent; null when it named nothing */
    static ObligationResponse of(ObligationRow row, SentDraft sent) {
        return new ObligationResponse(row.obligationId(), row.incidentId().toString(), row.ruleId(), row.regime(),
                row.title(), row.recipientKind(), row.authority(), row.legalBasis(), row.source(), row.jurisdiction(),
                row.baselineFallback(), row.triggeredAt(), row.dueAt(), row.timeZone().getId(),
                row.significanceUndecided(), row.status().code(), row.submittedAt(), row.reference(), row.reason(), row.basis(), sent,
                row.exercise());
    }
}
