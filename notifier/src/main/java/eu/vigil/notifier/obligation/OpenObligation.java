package eu.vigil.notifier.obligation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * Open the obligation if it is not open yet; sent again for the same incident and rule, it changes nothing (a
 * duplicate delivery), confirms significance, or reinstates a withdrawn obligation.
 *
 * @param dueAt null when the rule sets no instant ("without undue delay", "as requested")
 */
public record OpenObligation(@TargetAggregateIdentifier UUID obligationId, ObligationTerms terms,
                             Instant triggeredAt, Instant dueAt, boolean significanceUndecided) {
}
