package eu.vigil.command.incident;

/** A correction, a reopening or a decision that the incident is not significant needs a reason. */
public class ReasonMissingException extends IncidentRuleException {

    public ReasonMissingException(String field) {
        super("reason-missing", field, null, false, field);
    }
}
