package eu.vigil.contracts.notification;

import java.util.UUID;

/**
 * A person with the DPO role approved a version of the draft; who is in the event's metadata. Where the hospital asks
 * for four eyes, the version is approved once {@code approvals} reaches {@code approvalsRequired}, each by another
 * person. An approved version is frozen: it is what may be exported and submitted.
 *
 * @param contentDigest SHA-256 of the version's content, hex: what the approver saw is what is approved
 */
public record DraftApproved(UUID obligationId, int version, String contentDigest, int approvals,
                            int approvalsRequired) implements NotificationEvent {

    public boolean complete() {
        return approvals >= approvalsRequired;
    }
}
