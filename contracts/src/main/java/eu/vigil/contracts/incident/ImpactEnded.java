package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;

import java.time.Instant;

/**
 * The incident's impact on the hospital's services ended: Portugal's end-of-impact communication runs from this
 * instant (DL 125/2025). Recorded again, it corrects the instant.
 *
 * @param endedAt when the impact ended, never before awareness nor after it was recorded
 * @param note    what marks the end, e.g. "PACS back in service"; null when none
 */
public record ImpactEnded(IncidentId incidentId, Instant endedAt, String note) implements IncidentEvent {
}
