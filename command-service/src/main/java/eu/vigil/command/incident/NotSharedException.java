package eu.vigil.command.incident;

/** Only a share that exists can be withdrawn. */
public class NotSharedException extends IncidentRuleException {

    public NotSharedException() {
        super("not-shared", null, null, true);
    }
}
