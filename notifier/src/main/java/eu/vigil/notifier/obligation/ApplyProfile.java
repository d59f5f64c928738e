package eu.vigil.notifier.obligation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * Count the obligation in the zone of the hospital's saved profile, and name its authority.
 *
 * @param dueAt     the due instant in that zone (the same instant for hours and for a due instant an authority set)
 * @param authority null when the profile names none for this recipient
 */
record ApplyProfile(@TargetAggregateIdentifier UUID obligationId, Instant dueAt, String timeZone, String authority,
                    String reason) {
}
