package eu.vigil.web;

import java.util.Arrays;

/**
 * A domain rule that a command broke, in every service's one dialect: the code names the rule, the API answers
 * problem type {@code urn:vigil:problem:<code>} ({@link RuleViolationProblems}), HTTP 409 when the aggregate's
 * state refuses the command and 422 when a field's value does; the API and the forms take the texts, in the
 * reader's language, from the message keys {@code problem.<code>.title} and {@code problem.<messageKey>.detail},
 * formatted with {@link #arguments()} (a {@code MessageSourceResolvable} among them is resolved in the same
 * language). The rules are listed in docs/problems.md.
 */
public abstract class RuleViolation extends RuntimeException {

    private final String code;
    private final String field;
    private final Object rejectedValue;
    private final boolean conflict;
    private final Object[] arguments;

    /**
     * @param field         the request field to blame (a property path such as {@code devices[0].type}), or null
     *                      when the aggregate's state is at fault
     * @param rejectedValue the value in that field; null when there was none
     * @param conflict      true when the current state refuses the command (409), not its values (422)
     */
    protected RuleViolation(String code, String field, Object rejectedValue, boolean conflict, Object... arguments) {
        super(code + (field == null ? "" : " (" + field + ")") + ": " + Arrays.toString(arguments));
        this.code = code;
        this.field = field;
        this.rejectedValue = rejectedValue;
        this.conflict = conflict;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    /** The key, below {@code problem.}, of this rule's detail message; its title is under {@link #code()}. */
    public String messageKey() {
        return code;
    }

    public String field() {
        return field;
    }

    public Object rejectedValue() {
        return rejectedValue;
    }

    public boolean conflict() {
        return conflict;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
