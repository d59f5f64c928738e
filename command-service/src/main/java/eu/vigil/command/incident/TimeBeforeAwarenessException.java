package eu.vigil.command.incident;

import java.time.Instant;

/** A time entered for the end of something lies before the hospital became aware of the incident. */
public class TimeBeforeAwarenessException extends IncidentRuleException {

    public TimeBeforeAwarenessException(String field, Instant instant, Instant awareAt) {
        super("time-before-awareness", field, instant, false, instant, awareAt);
    }
}
