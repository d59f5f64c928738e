package eu.vigil.notifier.obligation;

import java.time.Duration;
import java.time.Instant;

/** The payload of a scheduled reminder: which due instant it was planned for, and how long before it. */
record ReminderDue(Instant dueAt, Duration leadTime) {
}
