package eu.vigil.notifier.obligation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Record that the report reached its recipient. */
public record SubmitObligation(@TargetAggregateIdentifier UUID obligationId, Instant submittedAt, String reference,
                               String reasonForDelay) {
}
