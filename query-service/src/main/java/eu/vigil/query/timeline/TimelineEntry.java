package eu.vigil.query.timeline;

import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.TimelineEntryAppended;

import java.time.Instant;
import java.util.UUID;

/**
 * One event on an incident's timeline, as the page and the history API show it.
 *
 * @param sequence         the event's position in the incident, from 0
 * @param type             the event type, such as {@code TimelineEntryAppended}
 * @param actorId          who recorded it: a user id, never a name
 * @param actorRole        the role the user acted in, such as {@code SECURITY_OFFICER}
 * @param correctionReason why an earlier entry, indicator or awareness time was wrong; null unless a correction
 * @param superseded       a later timeline entry or indicator corrects this one
 * @param withdrawn        this indicator was later withdrawn
 * @param payload          the event as it was recorded
 */
public record TimelineEntry(long sequence, UUID eventId, String type, HistoryKind kind, Instant occurredAt,
                            String actorId, String actorRole, String correctionReason, boolean superseded,
                            boolean withdrawn, IncidentEvent payload) {

    TimelineEntry marked(boolean superseded, boolean withdrawn) {
        return new TimelineEntry(sequence, eventId, type, kind, occurredAt, actorId, actorRole, correctionReason,
                superseded, withdrawn, payload);
    }

    /** Why the event corrects an earlier entry, indicator or awareness time; null when it corrects nothing. */
    static String correctionReasonOf(IncidentEvent event) {
        if (event instanceof AwarenessCorrected e) {
            return e.reason();
        } else if (event instanceof TimelineEntryAppended e && e.supersedes() != null) {
            return e.correctionReason();
        } else if (event instanceof IndicatorAdded e && e.supersedes() != null) {
            return e.correctionReason();
        }
        return null;
    }

    /** Whether the entry belongs under this filter: a correction also shows under its subject's own kind. */
    boolean isOf(HistoryKind filter) {
        return kind == filter || (filter == HistoryKind.CORRECTION && correctionReason != null);
    }
}
