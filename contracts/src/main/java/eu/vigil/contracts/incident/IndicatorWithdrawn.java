package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;

import java.util.UUID;

/** An indicator turned out to be wrong or harmless (a false positive) and is withdrawn, also from any share. */
public record IndicatorWithdrawn(IncidentId incidentId, UUID indicatorId, String reason) implements IncidentEvent {
}
