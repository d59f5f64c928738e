package eu.vigil.command.incident.web.phase;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import eu.vigil.command.incident.CorrectAwareness;
import eu.vigil.command.incident.IncidentView;
import eu.vigil.command.incident.web.FormTimes;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME;

/** A correction of when the incident was detected and when the hospital became aware: the legal clocks move. */
record AwarenessForm(@DateTimeFormat(iso = DATE_TIME) LocalDateTime detectedAt,
                     @NotNull @DateTimeFormat(iso = DATE_TIME) LocalDateTime awareAt,
                     @NotBlank @Prose(max = 4000) String reason, @ShortText(max = 100) String requestToken) {

    static AwarenessForm of(IncidentView incident, FormTimes times) {
        return new AwarenessForm(times.local(incident.detectedAt()), times.local(incident.awareAt()), null,
                UUID.randomUUID().toString());
    }

    CorrectAwareness toCommand(IncidentId id, HospitalId hospital, FormTimes times, Instant recordedAt,
                               Errors errors) {
        return new CorrectAwareness(id, hospital, times.instant(detectedAt, "detectedAt", errors),
                times.instant(awareAt, "awareAt", errors), reason, recordedAt);
    }
}
