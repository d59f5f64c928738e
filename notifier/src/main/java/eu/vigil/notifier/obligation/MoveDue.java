package eu.vigil.notifier.obligation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Run the obligation from a corrected trigger instant. */
public record MoveDue(@TargetAggregateIdentifier UUID obligationId, Instant triggeredAt, Instant dueAt,
                      String reason) {
}
