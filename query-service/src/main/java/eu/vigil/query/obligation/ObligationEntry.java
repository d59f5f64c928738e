package eu.vigil.query.obligation;

import eu.vigil.contracts.notification.NotificationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of one of the incident's obligations, as the incident's history shows it beside the incident's own.
 *
 * @param ruleId    the obligation's deadline rule, such as {@code NIS2_EARLY_WARNING}, named by the bundles
 * @param title     the rule's title in its rule file, the fallback name
 * @param authority whom the obligation is owed to, as the obligation names it now; null when none is known
 * @param type      the event type, such as {@code ReminderTriggered}
 * @param actorId   who recorded it: a user id, or the notifier for what its clocks did
 */
public record ObligationEntry(UUID obligationId, String ruleId, String title, String authority, long sequence,
                              UUID eventId, String type, Instant occurredAt, String actorId, String actorRole,
                              NotificationEvent payload) {
}
