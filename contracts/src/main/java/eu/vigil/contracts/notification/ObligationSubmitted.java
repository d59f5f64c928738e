package eu.vigil.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * The report reached its recipient.
 *
 * @param reference      the authority's reference, when it gave one
 * @param reasonForDelay required when submitted after the due instant (GDPR Art. 33(1)); null when on time
 * @param draftVersion   the approved version of the draft that was sent; null when sent without one (and in every
 *                       event recorded before drafts existed)
 * @param draftDigest    that version's content digest, as its exports carry it; null without a version
 * @param channel        how it was sent: {@code portal}, {@code e-mail}, {@code phone} or {@code other}; null when not
 *                       said
 */
public record ObligationSubmitted(UUID obligationId, Instant submittedAt, String reference, String reasonForDelay,
                                  Integer draftVersion, String draftDigest, String channel)
        implements NotificationEvent {

    /** A submission recorded without a draft, a channel or a receipt. */
    public ObligationSubmitted(UUID obligationId, Instant submittedAt, String reference, String reasonForDelay) {
        this(obligationId, submittedAt, reference, reasonForDelay, null, null, null);
    }
}
