package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw the incident from the CERT feed. */
public record WithdrawShare(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId, String reason)
        implements IncidentCommand {
}
