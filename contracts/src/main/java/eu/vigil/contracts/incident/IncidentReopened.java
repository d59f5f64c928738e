package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;

/** The incident went back to an earlier phase, e.g. a closed incident reopened because the attacker returned. */
public record IncidentReopened(IncidentId incidentId, Phase from, Phase to, String reason) implements IncidentEvent {
}
