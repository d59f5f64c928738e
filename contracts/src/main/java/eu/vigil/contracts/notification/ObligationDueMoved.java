package eu.vigil.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/** The trigger instant was corrected (a corrected aware-at), and with it the due instant. */
public record ObligationDueMoved(UUID obligationId, Instant triggeredAt, Instant dueAt, String reason)
        implements NotificationEvent {
}
