package eu.vigil.publication;

import java.time.Instant;
import java.util.UUID;

/**
 * An event parked instead of published, as an administrator's page lists it: which event, of which aggregate (an
 * incident, an obligation), and why, without its bytes.
 *
 * @param reasonClass the broker's exception, or {@code ParkedBehindEarlierEvent} for an event waiting behind an
 *                    earlier parked event of its aggregate
 */
public record ParkedPublication(long id, UUID eventId, String aggregateId, long sequence, String eventType,
                                String topic, String reasonClass, String reason, Instant parkedAt) {
}
