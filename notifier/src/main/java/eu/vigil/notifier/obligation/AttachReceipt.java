package eu.vigil.notifier.obligation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Attach the authority's receipt to a submitted report: what identifies the file, not its bytes. */
public record AttachReceipt(@TargetAggregateIdentifier UUID obligationId, String fileName, String mediaType,
                            long sizeBytes, String sha256, Instant attachedAt, String attachedBy) {
}
