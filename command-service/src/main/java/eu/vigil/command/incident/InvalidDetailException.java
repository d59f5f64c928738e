package eu.vigil.command.incident;

/**
 * A detail of a classification or assessment that contradicts another or is not a known value. The code names
 * which, e.g. {@code unknown-country} or {@code categories-without-personal-data}.
 */
public class InvalidDetailException extends IncidentRuleException {

    public InvalidDetailException(String code, String field, Object value) {
        super(code, field, value, false, value);
    }
}
