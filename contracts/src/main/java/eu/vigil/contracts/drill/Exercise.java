package eu.vigil.contracts.drill;

import java.util.Objects;
import java.util.UUID;

/**
 * The mark of an incident reported within a drill (ADR 0022): carried by its {@code IncidentReported} and never
 * added or removed later.
 *
 * @param drillId the drill the incident belongs to
 * @param scale   how much faster than real time the drill's clocks run: 1 (real time) to {@value #MAX_SCALE}
 */
public record Exercise(UUID drillId, int scale) {

    /** A day in a minute; the notifier's ExerciseClock takes the same bounds. */
    public static final int MAX_SCALE = 1440;

    public Exercise {
        Objects.requireNonNull(drillId, "drillId");
        checkScale(scale);
    }

    /** @throws IllegalArgumentException for a scale the clocks cannot run at */
    public static void checkScale(int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("A drill's scale is from 1 to " + MAX_SCALE + ", not " + scale);
        }
    }
}
