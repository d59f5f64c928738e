package eu.vigil.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/** The due instant passed before the obligation was submitted: it is late, and escalates. */
public record DeadlineMissed(UUID obligationId, Instant dueAt) implements NotificationEvent {
}
