package eu.vigil.command.drill.web;

import eu.vigil.command.drill.RecordLessons;
import eu.vigil.contracts.HospitalId;
import eu.vigil.web.Prose;
import jakarta.validation.constraints.NotBlank;

import java.time.Instant;
import java.util.UUID;

/** A drill's lessons learned: free text bounded as an incident's description is; they replace any recorded before. */
record RecordLessonsRequest(@NotBlank @Prose(max = 8000) String text) {

    RecordLessons toCommand(UUID drillId, HospitalId hospital, Instant recordedAt) {
        return new RecordLessons(drillId, hospital, text, recordedAt);
    }
}
