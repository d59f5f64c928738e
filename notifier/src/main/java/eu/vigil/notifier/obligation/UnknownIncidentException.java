package eu.vigil.notifier.obligation;

import eu.vigil.contracts.IncidentId;

/** No incident with this id in the caller's hospital (another hospital's answers the same). */
public class UnknownIncidentException extends RuntimeException {

    private final IncidentId incidentId;

    public UnknownIncidentException(IncidentId incidentId) {
        super("No incident " + incidentId);
        this.incidentId = incidentId;
    }

    public IncidentId incidentId() {
        return incidentId;
    }
}
