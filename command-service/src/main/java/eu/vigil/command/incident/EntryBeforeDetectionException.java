package eu.vigil.command.incident;

import java.time.Instant;

/** Nothing on the timeline can have happened before the incident was detected (or, if that is unknown, before awareness). */
public class EntryBeforeDetectionException extends IncidentRuleException {

    public EntryBeforeDetectionException(Instant happenedAt, Instant detectedAt) {
        super("entry-before-detection", "happenedAt", happenedAt, false, happenedAt, detectedAt);
    }
}
