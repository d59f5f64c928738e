package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;

import java.time.Instant;

/**
 * The hospital concluded its handling of the incident: NIS2 Art. 23(4)(e)'s final report runs from this instant
 * when the incident was still ongoing at the time of the final report under 23(4)(d). Recorded again, it corrects
 * the instant.
 *
 * @param concludedAt when the handling was concluded, never before awareness nor after it was recorded
 * @param summary     how it ended, in the officer's words; null when none
 */
public record HandlingConcluded(IncidentId incidentId, Instant concludedAt, String summary) implements IncidentEvent {
}
