package eu.vigil.notifier.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The clock of a drill: the law's deadline, shrunk by a scale. The law's due instant is computed first, so that
 * months and working days keep their calendar meaning in the hospital's zone (a month across a clock change is an
 * hour shorter or longer), and then the real time from the trigger to it is divided by the scale:
 * {@code trigger + (lawDue - trigger) / scale}. Scale 1 is real time; 60 plays an hour in a minute.
 *
 * @param scale how many times faster than real time, from 1 to {@link #MAX_SCALE}
 */
public record ExerciseClock(int scale) {

    /** A day in a minute: a 72-hour clock runs in three minutes, still long enough to act on. */
    public static final int MAX_SCALE = 1440;
    public static final ExerciseClock REAL_TIME = new ExerciseClock(1);

    public ExerciseClock {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "An exercise clock's scale must be from 1 (real time) to " + MAX_SCALE + ", not " + scale);
        }
    }

    /**
     * @return the drill's due instant, never later than the law's (a remainder below a nanosecond is dropped);
     *         empty where the law's is ({@link DueInstants#due})
     */
    public Optional<Instant> due(Offset offset, Instant trigger, ZoneId zone) {
        return DueInstants.due(offset, trigger, zone).map(lawDue -> scaled(trigger, lawDue));
    }

    /** The instant {@code lawDue} falls at on this clock, for a clock that started at {@code trigger}. */
    public Instant scaled(Instant trigger, Instant lawDue) {
        return trigger.plus(Duration.between(trigger, lawDue).dividedBy(scale));
    }
}
