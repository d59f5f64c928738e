package eu.vigil.command.incident;

import eu.vigil.contracts.incident.Phase;

/** A reopening goes back to an earlier phase; moving forward is a phase change. */
public class ReopenGoesForwardException extends IncidentRuleException {

    public ReopenGoesForwardException(Phase from, Phase to) {
        super("reopen-goes-forward", "phase", to.code(), false, from.code(), to.code());
    }
}
