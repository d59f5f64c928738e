package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Classify the incident again; the reason is optional, as a classification sharpens while an incident unfolds. */
public record ClassifyIncident(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                               Classification classification, String reason)
        implements IncidentCommand {
}
