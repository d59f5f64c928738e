package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Share the incident with the sector CERT, or update the share: the summary is written for sharing, the indicators
 * are the ticked ones. {@code sectorView} is the hospital's opt-in: other hospitals' security officers may read a
 * TLP:GREEN or TLP:AMBER share in the sector view. The country is not asked: the hospital directory gives it.
 */
public record ShareIncidentWithCert(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                                    Tlp tlp, boolean pseudonymised, boolean sectorView, String summary,
                                    List<UUID> indicatorIds)
        implements IncidentCommand {
}
