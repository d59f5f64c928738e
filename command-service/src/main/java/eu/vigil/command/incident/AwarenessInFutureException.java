package eu.vigil.command.incident;

import java.time.Instant;

/** The hospital cannot have become aware of an incident after it was recorded. */
public class AwarenessInFutureException extends IncidentRuleException {

    public AwarenessInFutureException(Instant awareAt, Instant recordedAt) {
        super("awareness-in-future", "awareAt", awareAt, false, awareAt, recordedAt);
    }
}
