package eu.vigil.command.incident.web.timeline;

import eu.vigil.web.Prose;
import eu.vigil.command.incident.AppendTimelineEntry;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.TimelineEntryKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/** A new entry, or with {@code supersedes} and {@code correctionReason} a correction of an earlier one. */
record AppendTimelineEntryRequest(@NotNull TimelineEntryKind kind, @NotBlank @Prose(max = 8000) String text,
                                  @NotNull Instant happenedAt, UUID supersedes,
                                  @Prose(max = 4000) String correctionReason) {

    AppendTimelineEntry toCommand(IncidentId id, HospitalId hospital, UUID entryId, Instant recordedAt) {
        return new AppendTimelineEntry(id, hospital, entryId, kind, text, happenedAt, recordedAt, supersedes,
                correctionReason);
    }
}
