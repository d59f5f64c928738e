package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;

import java.util.UUID;

/**
 * An indicator of compromise seen in the incident. A correction is a new indicator that supersedes an earlier one.
 *
 * @param value            normalised for its type: lower-case domains and hashes, canonical IPv6 (RFC 5952)
 * @param note             context for the hospital, e.g. "C2 seen in proxy logs"; null when none
 * @param supersedes       the indicator this one corrects; null for a new indicator
 * @param correctionReason why the superseded indicator was wrong; null for a new indicator
 */
public record IndicatorAdded(IncidentId incidentId, UUID indicatorId, IndicatorType type, String value, Tlp tlp,
                             String note, UUID supersedes, String correctionReason)
        implements IncidentEvent {
}
