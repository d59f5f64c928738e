package eu.vigil.contracts.notification;

import java.util.UUID;

/** The trigger no longer holds: the incident was reassessed (not significant, no personal data). */
public record ObligationWithdrawn(UUID obligationId, String reason) implements NotificationEvent {
}
