package eu.vigil.notifier.obligation;

import java.time.Instant;

/** The payload of the deadline scheduled at the due instant itself. */
record DueReached(Instant dueAt) {
}
