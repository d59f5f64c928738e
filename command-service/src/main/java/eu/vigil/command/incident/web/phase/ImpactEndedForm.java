package eu.vigil.command.incident.web.phase;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import eu.vigil.command.incident.IncidentView;
import eu.vigil.command.incident.RecordImpactEnded;
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

/** When the impact on the services ended, in the form's zone; prefilled with the instant recorded before, if any. */
record ImpactEndedForm(@NotNull @DateTimeFormat(iso = DATE_TIME) LocalDateTime endedAt,
                       @Prose(max = 4000) String note, @ShortText(max = 100) String requestToken) {

    static ImpactEndedForm of(IncidentView incident, FormTimes times) {
        var recorded = incident.state().impactEnded();
        return recorded == null ? new ImpactEndedForm(null, null, UUID.randomUUID().toString())
                : new ImpactEndedForm(times.local(recorded.endedAt()), recorded.note(), UUID.randomUUID().toString());
    }

    RecordImpactEnded toCommand(IncidentId id, HospitalId hospital, FormTimes times, Instant recordedAt,
                                Errors errors) {
        return new RecordImpactEnded(id, hospital, times.instant(endedAt, "endedAt", errors), note, recordedAt);
    }
}
