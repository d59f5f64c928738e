package eu.vigil.notifier.obligation;

import java.time.Instant;

/**
 * A rule of the obligation that a command broke. The API answers {@code urn:vigil:problem:<code>} with HTTP 409
 * when the obligation's state refuses the command, 422 when a field's value does.
 */
public class ObligationRuleException extends RuntimeException {

    private final String code;
    private final String field;
    private final boolean conflict;
    private final Object rejectedValue;

    ObligationRuleException(String code, String field, boolean conflict, String message) {
        this(code, field, conflict, message, null);
    }

    ObligationRuleException(String code, String field, boolean conflict, String message, Object rejectedValue) {
        super(message);
        this.code = code;
        this.field = field;
        this.conflict = conflict;
        this.rejectedValue = rejectedValue;
    }

    static ObligationRuleException closed(ObligationStatus status) {
        return new ObligationRuleException("obligation-closed", null, true,
                "The obligation is " + status.code() + ": it can no longer be changed.");
    }

    static ObligationRuleException reasonForDelayMissing() {
        return new ObligationRuleException("reason-for-delay-missing", "reasonForDelay", false,
                "Submitted after the due instant: give the reasons for the delay (GDPR Art. 33(1), NIS2 practice).");
    }

    static ObligationRuleException reasonMissing() {
        return new ObligationRuleException("reason-missing", "reason", false,
                "Give the reason for this decision: the authority may ask for it (GDPR Art. 33(5)).");
    }

    static ObligationRuleException reasonsMissing() {
        return new ObligationRuleException("reason-missing", "reasons", false,
                "Give the reasons for this decision: the authority may ask for them (GDPR Art. 33(5)).");
    }

    static ObligationRuleException noPersonalData() {
        return new ObligationRuleException("personal-data-not-involved", null, true,
                "The incident is assessed without personal data: there are no data subjects to inform (GDPR Art. 34). "
                        + "Assess personal data first if that changed.");
    }

    static ObligationRuleException dueBeforeRequest(Instant dueAt) {
        return new ObligationRuleException("due-before-request", "dueAt", false,
                "The due instant lies before the request: enter the date the authority set for the report.", dueAt);
    }

    static ObligationRuleException submittedInFuture(Instant submittedAt) {
        return new ObligationRuleException("submitted-in-future", "submittedAt", false,
                "The submission instant lies in the future: record a submission once it happened.", submittedAt);
    }

    public String code() {
        return code;
    }

    /** The request field to blame, or null when the obligation's state is at fault. */
    public String field() {
        return field;
    }

    public boolean conflict() {
        return conflict;
    }

    /** The value refused, or null when there was none (a missing reason) or the state is at fault. */
    public Object rejectedValue() {
        return rejectedValue;
    }
}
