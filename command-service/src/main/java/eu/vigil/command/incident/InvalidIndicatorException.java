package eu.vigil.command.incident;

import eu.vigil.contracts.incident.IndicatorType;

/**
 * An indicator value that does not parse as its type. The reason is a code such as {@code not-an-ipv4} or
 * {@code wrong-hash-length}, so that the message can say what is wrong in the user's language.
 */
public class InvalidIndicatorException extends IncidentRuleException {

    private final String reason;

    public InvalidIndicatorException(IndicatorType type, String value, String reason) {
        super("invalid-indicator", "value", value, false, type.code(), value);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return code() + "." + reason;
    }
}
