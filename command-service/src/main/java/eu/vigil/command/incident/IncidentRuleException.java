package eu.vigil.command.incident;

import java.util.Arrays;

/**
 * A rule of the incident that a command broke. The code names the rule: the API answers with problem type
 * {@code urn:vigil:problem:<code>}, and both the API and the forms take the texts from the message keys
 * {@code problem.<code>.title} and {@code problem.<code>.detail}, formatted with {@link #arguments()}.
 */
public class IncidentRuleException extends RuntimeException {

    private final String code;
    private final String field;
    private final Object rejectedValue;
    private final boolean conflict;
    private final Object[] arguments;

    /**
     * @param field         the request field to blame, or null when the incident's state is at fault
     * @param rejectedValue the value in that field
     * @param conflict      true when the incident's current state refuses the command (HTTP 409), not its values (422)
     */
    public IncidentRuleException(String code, String field, Object rejectedValue, boolean conflict, Object... arguments) {
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

    /** The key, below {@code problem.}, of this rule's title and detail messages. */
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
