package eu.vigil.command.incident.web.phase;

import eu.vigil.web.Prose;
import eu.vigil.command.incident.CorrectAwareness;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

record CorrectAwarenessRequest(Instant detectedAt, @NotNull Instant awareAt,
                               @NotBlank @Prose(max = 4000) String reason) {

    CorrectAwareness toCommand(IncidentId id, HospitalId hospital, Instant recordedAt) {
        return new CorrectAwareness(id, hospital, detectedAt, awareAt, reason, recordedAt);
    }
}
