package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;

/**
 * The incident moved forward to a later handling phase.
 *
 * @param note what marks the change, e.g. the lessons learned when closing; null when none
 */
public record PhaseChanged(IncidentId incidentId, Phase from, Phase to, String note) implements IncidentEvent {
}
