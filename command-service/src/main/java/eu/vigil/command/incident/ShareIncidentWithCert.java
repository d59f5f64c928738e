package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Share the incident with the sector CERT, or update the share: the summary is written for sharing, the indicators are the ticked ones. */
public record ShareIncidentWithCert(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                                    Tlp tlp, boolean pseudonymised, String summary, List<UUID> indicatorIds)
        implements IncidentCommand {
}
