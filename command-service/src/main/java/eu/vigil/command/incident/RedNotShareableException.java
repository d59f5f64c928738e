package eu.vigil.command.incident;

/** TLP:RED is for the eyes of named recipients only: neither a share nor an indicator at TLP:RED leaves the hospital. */
public class RedNotShareableException extends IncidentRuleException {

    public RedNotShareableException(String field, String value) {
        super("tlp-red-not-shareable", field, value, false, field, value);
    }
}
