package eu.vigil.notifier.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A saved version of a draft.
 *
 * @param fields            the fields written, in the report's order
 * @param approvedBy        who approved it so far, first first
 * @param approvalsRequired how many approvals it needed; null until the first
 * @param approvedAt        when the last approval it needed was given; null while it is not approved
 */
public record DraftVersion(UUID obligationId, int version, ReportKind kind, String language,
                           Map<DraftField, String> fields, Set<DraftField> fromIncident, String digest, String savedBy,
                           Instant savedAt, List<String> approvedBy, Integer approvalsRequired, Instant approvedAt) {

    public boolean approved() {
        return approvedAt != null;
    }

    /** Approved by one person, waiting for a second one. */
    public boolean awaitingSecondApproval() {
        return !approved() && !approvedBy.isEmpty();
    }
}
