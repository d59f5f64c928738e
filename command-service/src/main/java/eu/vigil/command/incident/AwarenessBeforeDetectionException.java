package eu.vigil.command.incident;

import java.time.Instant;

/** The hospital cannot have become aware of an incident before it was detected. */
public class AwarenessBeforeDetectionException extends RuntimeException {

    private final Instant awareAt;
    private final Instant detectedAt;

    public AwarenessBeforeDetectionException(Instant awareAt, Instant detectedAt) {
        super("Aware at " + awareAt + " is before detection at " + detectedAt);
        this.awareAt = awareAt;
        this.detectedAt = detectedAt;
    }

    public Instant awareAt() {
        return awareAt;
    }

    public Instant detectedAt() {
        return detectedAt;
    }
}
