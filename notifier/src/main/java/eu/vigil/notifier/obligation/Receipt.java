package eu.vigil.notifier.obligation;

import java.time.Instant;

/** What the page and the API show of an attached receipt: everything but its bytes. */
public record Receipt(String fileName, String mediaType, long sizeBytes, String sha256, Instant attachedAt,
                      String attachedBy) {
}
