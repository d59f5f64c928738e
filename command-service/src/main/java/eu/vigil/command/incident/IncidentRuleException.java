package eu.vigil.command.incident;

import eu.vigil.web.RuleViolation;

/**
 * A rule of the incident that a command broke: web-kit's {@link RuleViolation}, answered as problem
 * {@code urn:vigil:problem:<code>} and shown beside the form's field.
 */
public class IncidentRuleException extends RuleViolation {

    /**
     * @param field         the request field to blame, or null when the incident's state is at fault
     * @param rejectedValue the value in that field
     * @param conflict      true when the incident's current state refuses the command (HTTP 409), not its values (422)
     */
    public IncidentRuleException(String code, String field, Object rejectedValue, boolean conflict, Object... arguments) {
        super(code, field, rejectedValue, conflict, arguments);
    }
}
