package eu.vigil.command.incident.web.timeline;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import eu.vigil.command.incident.AppendTimelineEntry;
import eu.vigil.command.incident.web.Choices;
import eu.vigil.command.incident.web.FormTimes;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME;

/** A timeline entry, or the correction of one (then with the reason); happened-at defaults to now. */
record TimelineEntryForm(@NotBlank String kind, @NotBlank @Prose(max = 8000) String text,
                         @NotNull @DateTimeFormat(iso = DATE_TIME) LocalDateTime happenedAt,
                         @Prose(max = 4000) String correctionReason, @ShortText(max = 100) String requestToken) {

    static TimelineEntryForm blank(LocalDateTime now) {
        return new TimelineEntryForm(TimelineEntryKind.OBSERVATION.code(), null, now, null,
                UUID.randomUUID().toString());
    }

    static TimelineEntryForm correcting(TimelineEntryAppended entry, FormTimes times) {
        return new TimelineEntryForm(entry.kind().code(), entry.text(), times.local(entry.happenedAt()), null,
                UUID.randomUUID().toString());
    }

    AppendTimelineEntry toCommand(IncidentId id, HospitalId hospital, UUID entryId, UUID supersedes,
                                  FormTimes times, Instant recordedAt, Errors errors) {
        return new AppendTimelineEntry(id, hospital, entryId,
                Choices.one(kind, TimelineEntryKind::fromCode, "kind", errors), text,
                times.instant(happenedAt, "happenedAt", errors), recordedAt, supersedes, correctionReason);
    }
}
