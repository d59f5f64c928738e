package eu.vigil.command.incident;

import java.time.Instant;

/** A time entered for something that has happened lies after the moment it was recorded. */
public class TimeInFutureException extends IncidentRuleException {

    public TimeInFutureException(String field, Instant instant, Instant recordedAt) {
        super("time-in-future", field, instant, false, instant, recordedAt);
    }
}
