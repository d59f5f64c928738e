package eu.vigil.command.incident.web.phase;

import eu.vigil.web.Prose;
import eu.vigil.command.incident.RecordImpactEnded;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** When the impact on the hospital's services ended (Portugal's end-of-impact communication runs from it). */
record RecordImpactEndedRequest(@NotNull Instant endedAt, @Prose(max = 4000) String note) {

    RecordImpactEnded toCommand(IncidentId id, HospitalId hospital, Instant recordedAt) {
        return new RecordImpactEnded(id, hospital, endedAt, note, recordedAt);
    }
}
