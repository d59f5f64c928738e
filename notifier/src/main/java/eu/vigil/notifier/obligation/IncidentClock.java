package eu.vigil.notifier.obligation;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.notifier.rules.ExerciseClock;
import eu.vigil.notifier.rules.Offset;
import eu.vigil.notifier.rules.Trigger;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The instants an incident's obligations run from, as the incident's fold tells them.
 *
 * @param personalDataAwareAt when the hospital became aware of the personal data breach (GDPR Art. 33(1)); null
 *                            while no personal data is involved
 * @param handlingConcludedAt when the hospital concluded its handling (NIS2 Art. 23(4)(e)); null until then
 * @param impactEndedAt       when the impact on the hospital's services ended (Portugal); null until then
 * @param exercise            the drill the incident belongs to, as its fold says (ADR 0022); null for a real one
 */
public record IncidentClock(IncidentId incidentId, HospitalId hospitalId, Instant awareAt,
                            Instant personalDataAwareAt, Instant handlingConcludedAt, Instant impactEndedAt,
                            Exercise exercise) {

    /** A real incident's clock. */
    public IncidentClock(IncidentId incidentId, HospitalId hospitalId, Instant awareAt, Instant personalDataAwareAt,
                         Instant handlingConcludedAt, Instant impactEndedAt) {
        this(incidentId, hospitalId, awareAt, personalDataAwareAt, handlingConcludedAt, impactEndedAt, null);
    }

    /** The law's clock for a real incident; for a drill's, the law's shrunk by the drill's scale. */
    public ExerciseClock clock() {
        return exercise == null ? ExerciseClock.REAL_TIME : new ExerciseClock(exercise.scale());
    }

    /** When an obligation of this incident that runs from {@code trigger} falls due, on {@link #clock()}. */
    Optional<Instant> due(Offset offset, Instant trigger, ZoneId zone) {
        return clock().due(offset, trigger, zone);
    }

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
