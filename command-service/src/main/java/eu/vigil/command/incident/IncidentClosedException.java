package eu.vigil.command.incident;

/** A closed incident takes no new entries, indicators or assessments until it is reopened. */
public class IncidentClosedException extends IncidentRuleException {

    public IncidentClosedException() {
        super("incident-closed", null, null, true);
    }
}
