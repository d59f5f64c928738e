package eu.vigil.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * The report reached its recipient.
 *
 * @param reference      the authority's reference, when it gave one
 * @param reasonForDelay required when submitted after the due instant (GDPR Art. 33(1)); null when on time
 */
public record ObligationSubmitted(UUID obligationId, Instant submittedAt, String reference, String reasonForDelay)
        implements NotificationEvent {
}
