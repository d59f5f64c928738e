package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Record that the hospital concluded its handling of the incident (NIS2 Art. 23(4)(e)), or correct when; recordedAt
 * is stamped by the edge.
 *
 * @param summary how it ended; may be null
 */
public record ConcludeHandling(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                               Instant concludedAt, String summary, Instant recordedAt) implements IncidentCommand {
}
