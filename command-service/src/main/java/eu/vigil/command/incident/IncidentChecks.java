package eu.vigil.command.incident;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static eu.vigil.command.incident.Assessments.blankToNull;

/** The incident's rules on times, reasons and corrections that need nothing of its state but what they are given. */
final class IncidentChecks {

    private IncidentChecks() {
    }

    static void awareness(Instant detected, Instant aware, Instant recordedAt) {
        if (aware.isAfter(recordedAt)) {
            throw new AwarenessInFutureException(aware, recordedAt);
        }
        if (detected != null && aware.isBefore(detected)) {
            throw new AwarenessBeforeDetectionException(aware, detected);
        }
    }

    // what the officer records as over cannot have ended before the hospital knew of it, nor after it was recorded
    static void sinceAwareness(String field, Instant instant, Instant awareAt, Instant recordedAt) {
        if (instant.isAfter(recordedAt)) {
            throw new TimeInFutureException(field, instant, recordedAt);
        }
        if (instant.isBefore(awareAt)) {
            throw new TimeBeforeAwarenessException(field, instant, awareAt);
        }
    }

    static void requireReason(String field, String reason) {
        if (blankToNull(reason) == null) {
            throw new ReasonMissingException(field);
        }
    }

    /** A correction names a current entry or indicator and says why. */
    static void requireCorrectable(String field, UUID superseded, Set<UUID> current, String reason) {
        if (superseded == null) {
            return;
        }
        if (!current.contains(superseded)) {
            throw new UnknownEntryException(field, superseded);
        }
        requireReason("correctionReason", reason);
    }
}
