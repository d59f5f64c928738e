package eu.vigil.notifier.obligation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Record a reasoned decision that this obligation does not apply. */
public record DeclareNotRequired(@TargetAggregateIdentifier UUID obligationId, String reason) {
}
