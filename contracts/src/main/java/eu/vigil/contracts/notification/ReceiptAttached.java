package eu.vigil.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * The receipt the authority sent back for a submitted report (its acknowledgement as a PDF, a screenshot of its
 * portal, its e-mail) was attached to the obligation; a later one replaces it, and each stays in the event trail by
 * its digest. The file itself stays in the notifier's database: only what identifies it travels.
 *
 * @param fileName   the name it was uploaded under, without any path
 * @param mediaType  {@code application/pdf}, {@code image/png}, {@code image/jpeg}, {@code message/rfc822} or
 *                   {@code text/plain}, checked against the file's first bytes
 * @param sizeBytes  its length, at most 5 MiB
 * @param sha256     SHA-256 of its bytes, lower-case hex: what a copy handed to an auditor must match
 * @param attachedAt when the DPO attached it, as the notifier's clock said
 * @param attachedBy the user id of the DPO who attached it; null when not known
 */
public record ReceiptAttached(UUID obligationId, String fileName, String mediaType, long sizeBytes, String sha256,
                              Instant attachedAt, String attachedBy) implements NotificationEvent {
}
