package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IndicatorType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Add an indicator of compromise as the officer typed it, or correct an earlier one (supersedes and correctionReason set). */
public record AddIndicator(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                           UUID indicatorId, IndicatorType type, String value, Tlp tlp, String note,
                           UUID supersedes, String correctionReason)
        implements IncidentCommand {
}
