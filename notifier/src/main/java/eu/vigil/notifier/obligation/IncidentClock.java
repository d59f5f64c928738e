package eu.vigil.notifier.obligation;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.notifier.rules.Trigger;

import java.time.Instant;

/**
 * The instants an incident's obligations run from, as the incident's fold tells them.
 *
 * @param personalDataAwareAt when the hospital became aware of the personal data breach (GDPR Art. 33(1)); null
 *                            while no personal data is involved
 * @param handlingConcludedAt when the hospital concluded its handling (NIS2 Art. 23(4)(e)); null until then
 * @param impactEndedAt       when the impact on the hospital's services ended (Portugal); null until then
 */
public record IncidentClock(IncidentId incidentId, HospitalId hospitalId, Instant awareAt,
                            Instant personalDataAwareAt, Instant handlingConcludedAt, Instant impactEndedAt) {

    /** The instant that rules with this trigger run from; null when it has not happened or is no incident's. */
    Instant instantOf(Trigger trigger) {
        return switch (trigger) {
            case AWARENESS -> awareAt;
            case PERSONAL_DATA_AWARENESS -> personalDataAwareAt;
            case HANDLING_CONCLUDED -> handlingConcludedAt;
            case IMPACT_ENDED -> impactEndedAt;
            default -> null; // submissions, requests and decisions are the obligations' own
        };
    }
}
