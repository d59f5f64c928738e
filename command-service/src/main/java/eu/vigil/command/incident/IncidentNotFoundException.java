package eu.vigil.command.incident;

import eu.vigil.contracts.IncidentId;

/** No incident with this id in the sender's hospital: another hospital's incident is never confirmed to exist. */
public class IncidentNotFoundException extends RuntimeException {

    public IncidentNotFoundException(IncidentId incident) {
        super("No incident " + incident + " in the sender's hospital");
    }
}
