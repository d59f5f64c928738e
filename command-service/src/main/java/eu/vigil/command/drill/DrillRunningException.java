package eu.vigil.command.drill;

import eu.vigil.web.RuleViolation;

import java.util.UUID;

/** A running drill cannot be archived or deleted: its participants may still be acting; end it first. */
public class DrillRunningException extends RuleViolation {

    public DrillRunningException(UUID drill) {
        super("drill-running", null, null, true, drill);
    }
}
