package eu.vigil.command.incident.web;

import eu.vigil.command.incident.ChangePhase;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Phase;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Move forward; the note may hold, e.g., the lessons learned when closing. */
record ChangePhaseRequest(@NotNull Phase phase, @Size(max = 8000) String note) {

    ChangePhase toCommand(IncidentId id, HospitalId hospital) {
        return new ChangePhase(id, hospital, phase, note);
    }
}
