package eu.vigil.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * The trigger instant was corrected (a corrected aware-at), and with it the due instant; or the hospital's profile
 * was saved, and the due instant is now counted in its zone.
 *
 * @param timeZone  the hospital's zone the due instant is now counted in; null when it did not change (and in every
 *                  event recorded before profiles moved clocks)
 * @param authority the authority named by the hospital's profile; null when it did not change (and in every event
 *                  recorded before profiles moved clocks)
 */
public record ObligationDueMoved(UUID obligationId, Instant triggeredAt, Instant dueAt, String reason,
                                 String timeZone, String authority)
        implements NotificationEvent {
}
