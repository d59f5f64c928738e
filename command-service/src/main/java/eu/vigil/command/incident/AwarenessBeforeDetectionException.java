package eu.vigil.command.incident;

import java.time.Instant;

/** The hospital cannot have become aware of an incident before it was detected. */
public class AwarenessBeforeDetectionException extends IncidentRuleException {

    public AwarenessBeforeDetectionException(Instant awareAt, Instant detectedAt) {
        super("awareness-before-detection", "awareAt", awareAt, false, awareAt, detectedAt);
    }
}
