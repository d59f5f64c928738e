package eu.vigil.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/** A withdrawn obligation's trigger holds again: it runs again from its trigger instant. */
public record ObligationReinstated(UUID obligationId, Instant triggeredAt, Instant dueAt,
                                   boolean significanceUndecided) implements NotificationEvent {
}
