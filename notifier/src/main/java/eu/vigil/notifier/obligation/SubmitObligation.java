package eu.vigil.notifier.obligation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * Record that the report reached its recipient.
 *
 * @param draftVersion the approved version of the draft that was sent, or null
 * @param channel      how it was sent, or null
 */
public record SubmitObligation(@TargetAggregateIdentifier UUID obligationId, Instant submittedAt, String reference,
                               String reasonForDelay, Integer draftVersion, String channel) {

    public SubmitObligation(UUID obligationId, Instant submittedAt, String reference, String reasonForDelay) {
        this(obligationId, submittedAt, reference, reasonForDelay, null, null);
    }
}
