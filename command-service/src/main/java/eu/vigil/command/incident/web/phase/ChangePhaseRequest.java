package eu.vigil.command.incident.web.phase;

import eu.vigil.web.Prose;
import eu.vigil.command.incident.ChangePhase;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Phase;
import jakarta.validation.constraints.NotNull;

/** Move forward; the note may hold, e.g., the lessons learned when closing. */
record ChangePhaseRequest(@NotNull Phase phase, @Prose(max = 8000) String note) {

    ChangePhase toCommand(IncidentId id, HospitalId hospital) {
        return new ChangePhase(id, hospital, phase, note);
    }
}
