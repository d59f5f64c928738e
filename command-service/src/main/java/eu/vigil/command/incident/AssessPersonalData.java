package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assess again whether personal data is involved (GDPR Art. 33). */
public record AssessPersonalData(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                                 PersonalData personalData, String reason)
        implements IncidentCommand {
}
