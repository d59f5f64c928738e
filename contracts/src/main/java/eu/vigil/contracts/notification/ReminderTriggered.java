package eu.vigil.contracts.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A reminder point before the due instant was reached; the DPO and the security officer are told. */
public record ReminderTriggered(UUID obligationId, Instant dueAt, Duration leadTime) implements NotificationEvent {
}
