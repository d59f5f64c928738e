package eu.vigil.contracts.notification;

import java.util.UUID;

/** A reasoned decision not to notify (such as GDPR Art. 33(1) "unlikely to result in a risk"); the actor decided. */
public record ObligationDeclaredNotRequired(UUID obligationId, String reason) implements NotificationEvent {
}
