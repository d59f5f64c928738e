package eu.vigil.notifier.obligation;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;

import java.time.Instant;

/**
 * The instants an incident's obligations run from.
 *
 * @param personalDataAwareAt when the hospital became aware that personal data is (or may be) involved; null
 *                            while it is not
 */
public record IncidentClock(IncidentId incidentId, HospitalId hospitalId, Instant awareAt,
                            Instant personalDataAwareAt) {
}
