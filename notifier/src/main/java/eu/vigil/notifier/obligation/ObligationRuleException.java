package eu.vigil.notifier.obligation;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.Instant;
import java.util.Arrays;

/**
 * A rule of the obligation that a command broke. The API answers {@code urn:vigil:problem:<code>} with HTTP 409
 * when the obligation's state refuses the command, 422 when a field's value does; both the API and the forms take
 * the texts, in the reader's language, from the message keys {@code problem.<code>.title} and
 * {@code problem.<messageKey>.detail}, formatted with {@link #arguments()}.
 */
public class ObligationRuleException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final String field;
    private final boolean conflict;
    private final Object rejectedValue;
    private final Object[] arguments;

    private ObligationRuleException(String code, String messageKey, String field, boolean conflict,
                                    Object rejectedValue, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")") + ": " + Arrays.toString(arguments));
        this.code = code;
        this.messageKey = messageKey;
        this.field = field;
        this.conflict = conflict;
        this.rejectedValue = rejectedValue;
        this.arguments = arguments.clone();
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

    public String code() {
        return code;
    }

    /** The key, below {@code problem.}, of this rule's detail message; its title is under {@link #code()}. */
    public String messageKey() {
        return messageKey;
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

    /** The detail's arguments; a {@code MessageSourceResolvable} among them is resolved in the same language. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
