package eu.vigil.command.incident;

import java.time.Instant;

/** The hospital cannot have become aware of an incident after reporting it. */
public class AwarenessInFutureException extends RuntimeException {

    private final Instant awareAt;
    private final Instant reportedAt;

    public AwarenessInFutureException(Instant awareAt, Instant reportedAt) {
        super("Aware at " + awareAt + " is after the report at " + reportedAt);
        this.awareAt = awareAt;
        this.reportedAt = reportedAt;
    }

    public Instant awareAt() {
        return awareAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
