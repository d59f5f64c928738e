package eu.vigil.command.drill;

import eu.vigil.web.RuleViolation;

/**
 * An {@code Idempotency-Key} that started a drill, sent again to start another: answering with the first drill
 * would hide that the second was never started.
 */
public class DrillRequestReusedException extends RuleViolation {

    public DrillRequestReusedException() {
        super("idempotency-key-reused", null, null, false);
    }
}
