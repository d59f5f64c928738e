package eu.vigil.notifier.obligation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;

/**
 * Approve a version of the draft.
 *
 * @param contentDigest     the digest of the content the approver read: a version that changed since is not approved
 * @param approverId        who approves; with four eyes each approval must come from another person
 * @param approvalsRequired 2 where the hospital asks for four eyes, else 1
 * @param requiredFields    the fields that must be written: the article's and those the authority's form asks for
 */
public record ApproveDraft(@TargetAggregateIdentifier UUID obligationId, int version, String contentDigest,
                           String approverId, int approvalsRequired, Set<String> requiredFields) {
}
