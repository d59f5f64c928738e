package eu.vigil.command.publication;

import java.time.Instant;
import java.util.UUID;

/**
 * An event parked instead of published, as the administrator's page lists it: which event, of which incident, and
 * why, without its bytes.
 *
 * @param reasonClass the broker's exception, or {@code ParkedBehindEarlierEvent} for an event waiting behind an
 *                    earlier parked event of its incident
 */
public record ParkedPublication(long id, UUID eventId, String incidentId, long sequence, String eventType,
                                String topic, String reasonClass, String reason, Instant parkedAt) {
}
