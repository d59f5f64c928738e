package eu.vigil.command.drill;

import eu.vigil.web.RuleViolation;

import java.util.UUID;

/** An incident reported within a drill that has ended: a drill takes no new incidents after its end. */
public class DrillEndedException extends RuleViolation {

    public DrillEndedException(UUID drill) {
        super("drill-ended", "drillId", drill, true, drill);
    }
}
