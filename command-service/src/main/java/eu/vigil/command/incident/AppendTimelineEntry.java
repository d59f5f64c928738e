package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.TimelineEntryKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Append an entry to the timeline, or correct an earlier one (supersedes and correctionReason set). */
public record AppendTimelineEntry(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                                  UUID entryId, TimelineEntryKind kind, String text, Instant happenedAt,
                                  Instant recordedAt, UUID supersedes, String correctionReason)
        implements IncidentCommand {
}
