package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Phase;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move the incident forward to a later phase. */
public record ChangePhase(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId, Phase phase,
                          String note)
        implements IncidentCommand {
}
