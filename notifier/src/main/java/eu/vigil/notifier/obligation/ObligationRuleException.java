package eu.vigil.notifier.obligation;

import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.web.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.Instant;

/**
 * A rule of the obligation that a command broke: web-kit's {@link RuleViolation}, answered as problem
 * {@code urn:vigil:problem:<code>} and shown beside the form's field. Several rules may share a code (and its
 * title) with details of their own, under {@link #messageKey()}.
 */
public class ObligationRuleException extends RuleViolation {

    private final String messageKey;

    private ObligationRuleException(String code, String messageKey, String field, boolean conflict,
                                    Object rejectedValue, Object... arguments) {
        super(code, field, rejectedValue, conflict, arguments);
        this.messageKey = messageKey;
    }

    static ObligationRuleException closed(ObligationStatus status) {
        // the status is named as the board names it: its message is resolved in the reader's language too
        var named = new DefaultMessageSourceResolvable(new String[]{"status." + status.code()}, status.code());
        return new ObligationRuleException("obligation-closed", "obligation-closed", null, true, null, named);
    }

    static ObligationRuleException reasonForDelayMissing() {
        return new ObligationRuleException("reason-for-delay-missing", "reason-for-delay-missing", "reasonForDelay",
                false, null);
    }

    static ObligationRuleException reasonMissing() {
        return new ObligationRuleException("reason-missing", "reason-missing", "reason", false, null);
    }

    static ObligationRuleException reasonsMissing() {
        return new ObligationRuleException("reason-missing", "reasons-missing", "reasons", false, null);
    }

    static ObligationRuleException noPersonalData() {
        return new ObligationRuleException("personal-data-not-involved", "personal-data-not-involved", null, true,
                null);
    }

    static ObligationRuleException dueBeforeRequest(Instant dueAt) {
        return new ObligationRuleException("due-before-request", "due-before-request", "dueAt", false, dueAt);
    }

    static ObligationRuleException submittedInFuture(Instant submittedAt) {
        return new ObligationRuleException("submitted-in-future", "submitted-in-future", "submittedAt", false,
                submittedAt);
    }

    static ObligationRuleException draftChanged(int currentVersion) {
        return new ObligationRuleException("draft-changed", "draft-changed", "version", true, null, currentVersion);
    }

    static ObligationRuleException draftAlreadyApproved(int version) {
        return new ObligationRuleException("draft-already-approved", "draft-already-approved", "version", true, null,
                version);
    }

    static ObligationRuleException secondApproverRequired() {
        return new ObligationRuleException("second-approver-required", "second-approver-required", null, true, null);
    }

    static ObligationRuleException draftIncomplete(java.util.List<String> missingFields) {
        return new ObligationRuleException("draft-incomplete", "draft-incomplete", "fields." + missingFields.get(0),
                true, null, String.join(", ", missingFields));
    }

    static ObligationRuleException draftNotApproved(int version) {
        return new ObligationRuleException("draft-not-approved", "draft-not-approved", "draftVersion", true, null,
                version);
    }

    static ObligationRuleException receiptBeforeSubmission() {
        return new ObligationRuleException("receipt-before-submission", "receipt-before-submission", null, true, null);
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
