package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Record that the incident's impact on the hospital's services ended (Portugal's end-of-impact communication runs
 * from it), or correct when; recordedAt is stamped by the edge.
 *
 * @param note what marks the end; may be null
 */
public record RecordImpactEnded(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                                Instant endedAt, String note, Instant recordedAt) implements IncidentCommand {
}
