package eu.vigil.notifier.draft.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** @param contentDigest the digest of the version the approver read, as the draft's answer gave it */
record DraftApprovalRequest(
        @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 digest in lower-case hex")
        String contentDigest) {
}
