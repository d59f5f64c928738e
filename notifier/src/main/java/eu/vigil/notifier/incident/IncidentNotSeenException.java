package eu.vigil.notifier.incident;

import java.util.UUID;

/** The notifier has not seen an incident with this id (yet: it may still be catching up with the topic). */
public class IncidentNotSeenException extends RuntimeException {

    private final UUID incidentId;

    public IncidentNotSeenException(UUID incidentId) {
        super("Incident " + incidentId + " not seen");
        this.incidentId = incidentId;
    }

    public UUID incidentId() {
        return incidentId;
    }
}
