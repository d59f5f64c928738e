package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Correct when the incident was detected and when the hospital became aware, with the reason; recordedAt is stamped by the edge. */
public record CorrectAwareness(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                               Instant detectedAt, Instant awareAt, String reason, Instant recordedAt)
        implements IncidentCommand {
}
