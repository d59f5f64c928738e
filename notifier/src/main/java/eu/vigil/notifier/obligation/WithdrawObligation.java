package eu.vigil.notifier.obligation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The trigger no longer holds (the incident was reassessed); an obligation already submitted stays as it is. */
public record WithdrawObligation(@TargetAggregateIdentifier UUID obligationId, String reason) {
}
