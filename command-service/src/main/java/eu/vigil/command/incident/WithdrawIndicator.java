package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Withdraw an indicator that turned out wrong or harmless. */
public record WithdrawIndicator(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                                UUID indicatorId, String reason)
        implements IncidentCommand {
}
