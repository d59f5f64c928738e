package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Phase;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the incident back to an earlier phase, with the reason. */
public record ReopenIncident(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId, Phase phase,
                             String reason)
        implements IncidentCommand {
}
