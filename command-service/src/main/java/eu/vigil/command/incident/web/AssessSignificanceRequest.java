package eu.vigil.command.incident.web;

import eu.vigil.command.incident.AssessSignificance;
import eu.vigil.command.incident.SignificanceDecision;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record AssessSignificanceRequest(@NotNull Significance significance, @Size(max = 4000) String reason) {

    AssessSignificance toCommand(IncidentId id, HospitalId hospital) {
        return new AssessSignificance(id, hospital, new SignificanceDecision(significance, reason));
    }
}
