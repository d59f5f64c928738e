package eu.vigil.query.register;

import java.util.UUID;

/** No incident with this id is in the register (yet: the projection may still be catching up). */
public class IncidentNotFoundException extends RuntimeException {

    private final UUID incidentId;

    public IncidentNotFoundException(UUID incidentId) {
        super("No incident " + incidentId + " in the register");
        this.incidentId = incidentId;
    }

    public UUID incidentId() {
        return incidentId;
    }
}
