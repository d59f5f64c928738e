package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assess the impact again, as a whole. */
public record AssessImpact(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId, Impact impact,
                           String reason)
        implements IncidentCommand {
}
