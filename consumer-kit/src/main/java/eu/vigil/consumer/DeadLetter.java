package eu.vigil.consumer;

import java.time.Instant;
import java.util.UUID;

/**
 * A record a consumer parked because it can never apply it, as the administrator's listing shows it: where it came
 * from and why, without its bytes (they may hold personal data).
 *
 * @param eventId   null when the record was not readable as an envelope
 * @param eventType null when the record was not readable as an envelope
 * @param lastReplayAt null until an administrator replayed it
 */
public record DeadLetter(long id, String consumer, String topic, int partition, long offset, String key,
                         UUID eventId, String eventType, String reasonClass, String reason, Instant parkedAt,
                         int replays, Instant lastReplayAt) {
}
