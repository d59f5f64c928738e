package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;

import java.time.Instant;

/**
 * The hospital corrected when it detected the incident or became aware of it. A corrected aware-at moves every
 * deadline that runs from awareness (NIS2 Art. 23(4)(a)/(b), GDPR Art. 33(1)).
 *
 * @param detectedAt null when not known
 * @param reason     why the earlier times were wrong
 */
public record AwarenessCorrected(IncidentId incidentId, Instant detectedAt, Instant awareAt, String reason)
        implements IncidentEvent {
}
