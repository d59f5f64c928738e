package eu.vigil.command.incident;

import eu.vigil.contracts.incident.IndicatorType;

/** The incident already has this indicator: correct it instead of adding it again. */
public class DuplicateIndicatorException extends IncidentRuleException {

    public DuplicateIndicatorException(IndicatorType type, String value) {
        super("duplicate-indicator", "value", value, true, type.code(), value);
    }
}
