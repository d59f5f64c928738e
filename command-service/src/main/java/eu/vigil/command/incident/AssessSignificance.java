package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decide whether the incident is significant under NIS2 Art. 23(3). */
public record AssessSignificance(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                                 SignificanceDecision decision)
        implements IncidentCommand {
}
