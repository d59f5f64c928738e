package eu.vigil.command.incident.web.phase;

import eu.vigil.web.Prose;
import eu.vigil.command.incident.ConcludeHandling;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** When the hospital concluded its handling (NIS2 Art. 23(4)(e)'s final report runs from it), and how it ended. */
record ConcludeHandlingRequest(@NotNull Instant concludedAt, @Prose(max = 4000) String summary) {

    ConcludeHandling toCommand(IncidentId id, HospitalId hospital, Instant recordedAt) {
        return new ConcludeHandling(id, hospital, concludedAt, summary, recordedAt);
    }
}
