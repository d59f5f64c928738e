package eu.vigil.command.incident.web.phase;

import eu.vigil.web.Prose;
import eu.vigil.command.incident.ReopenIncident;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Phase;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

record ReopenIncidentRequest(@NotNull Phase phase, @NotBlank @Prose(max = 4000) String reason) {

    ReopenIncident toCommand(IncidentId id, HospitalId hospital) {
        return new ReopenIncident(id, hospital, phase, reason);
    }
}
