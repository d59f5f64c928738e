package eu.vigil.command.incident;

import java.time.Instant;

/** A timeline entry cannot have happened after it was recorded. */
public class EntryInFutureException extends IncidentRuleException {

    public EntryInFutureException(Instant happenedAt, Instant recordedAt) {
        super("entry-in-future", "happenedAt", happenedAt, false, happenedAt, recordedAt);
    }
}
