package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;

/**
 * Whether the incident is significant under NIS2 Art. 23(3). Yes or undecided runs the NIS2 clocks.
 *
 * @param reason the grounds, required for every decision: the authority may ask why an incident was not reported
 */
public record SignificanceAssessed(IncidentId incidentId, Significance significance, String reason)
        implements IncidentEvent {
}
