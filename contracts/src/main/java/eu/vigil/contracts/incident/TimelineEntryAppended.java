package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry on the incident's timeline. A correction is a new entry that supersedes an earlier one.
 *
 * @param happenedAt       when it happened, never before detection
 * @param recordedAt       when it was written down
 * @param supersedes       the entry this one corrects; null for a new entry
 * @param correctionReason why the superseded entry was wrong; null for a new entry
 */
public record TimelineEntryAppended(IncidentId incidentId, UUID entryId, TimelineEntryKind kind, String text,
                                    Instant happenedAt, Instant recordedAt, UUID supersedes,
                                    String correctionReason)
        implements IncidentEvent {
}
