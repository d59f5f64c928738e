package eu.vigil.notifier.incident;

import eu.vigil.contracts.drill.Exercise;

import java.time.Instant;
import java.util.UUID;

/**
 * An incident the notifier has seen, with what obligations will be computed from.
 *
 * @param awareAt              starts the NIS2 Art. 23(4) and GDPR Art. 33(1) clocks
 * @param personalDataInvolved {@code yes}, {@code no} or {@code unknown}
 * @param firstSeenAt          when this service recorded it
 * @param exercise             the drill it belongs to (ADR 0022); null for a real incident
 */
public record SeenIncident(UUID incidentId, String hospitalId, Instant awareAt, String personalDataInvolved,
                           Instant firstSeenAt, Exercise exercise) {
}
