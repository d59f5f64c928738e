package eu.vigil.command.incident.web.assessment;

import eu.vigil.web.Prose;
import eu.vigil.command.incident.AssessSignificance;
import eu.vigil.command.incident.SignificanceDecision;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import jakarta.validation.constraints.NotNull;

record AssessSignificanceRequest(@NotNull Significance significance, @Prose(max = 4000) String reason) {

    AssessSignificance toCommand(IncidentId id, HospitalId hospital) {
        return new AssessSignificance(id, hospital, new SignificanceDecision(significance, reason));
    }
}
