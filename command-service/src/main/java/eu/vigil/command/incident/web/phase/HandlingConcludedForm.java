package eu.vigil.command.incident.web.phase;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import eu.vigil.command.incident.ConcludeHandling;
import eu.vigil.command.incident.IncidentView;
import eu.vigil.command.incident.web.FormTimes;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME;

/** When the handling was concluded, in the form's zone; prefilled with the instant recorded before, if any. */
record HandlingConcludedForm(@NotNull @DateTimeFormat(iso = DATE_TIME) LocalDateTime concludedAt,
                             @Prose(max = 4000) String summary, @ShortText(max = 100) String requestToken) {

    static HandlingConcludedForm of(IncidentView incident, FormTimes times) {
        var recorded = incident.state().handlingConcluded();
        return recorded == null ? new HandlingConcludedForm(null, null, UUID.randomUUID().toString())
                : new HandlingConcludedForm(times.local(recorded.concludedAt()), recorded.summary(),
                        UUID.randomUUID().toString());
    }

    ConcludeHandling toCommand(IncidentId id, HospitalId hospital, FormTimes times, Instant recordedAt,
                               Errors errors) {
        return new ConcludeHandling(id, hospital, times.instant(concludedAt, "concludedAt", errors), summary,
                recordedAt);
    }
}
