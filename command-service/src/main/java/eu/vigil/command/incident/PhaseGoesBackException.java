package eu.vigil.command.incident;

import eu.vigil.contracts.incident.Phase;

/** Handling moves forward; going back to an earlier phase is a reopening, with a reason. */
public class PhaseGoesBackException extends IncidentRuleException {

    public PhaseGoesBackException(Phase from, Phase to) {
        super("phase-goes-back", "phase", to.code(), false, from.code(), to.code());
    }
}
