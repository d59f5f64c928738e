package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Assess again whether personal data is involved (GDPR Art. 33); recordedAt is stamped by the edge. */
public record AssessPersonalData(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                                 PersonalData personalData, String reason, Instant recordedAt)
        implements IncidentCommand {
}
