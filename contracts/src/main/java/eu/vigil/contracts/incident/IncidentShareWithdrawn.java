package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;

/** The hospital withdrew its share: the CERT feed no longer shows the incident. */
public record IncidentShareWithdrawn(IncidentId incidentId, String reason) implements IncidentEvent {
}
