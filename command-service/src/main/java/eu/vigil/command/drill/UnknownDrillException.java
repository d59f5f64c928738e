package eu.vigil.command.drill;

import eu.vigil.web.RuleViolation;

import java.util.UUID;

/** An incident reported within a drill that the reporter's hospital does not have (or another hospital has). */
public class UnknownDrillException extends RuleViolation {

    public UnknownDrillException(UUID drill) {
        super("unknown-drill", "drillId", drill, false, drill);
    }
}
