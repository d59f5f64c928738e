package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;

/** A command to an incident that exists: only its own hospital may send it. */
public interface IncidentCommand {

    IncidentId incidentId();

    /** The sender's hospital, from the token; another hospital's incident is treated as unknown. */
    HospitalId hospitalId();
}
