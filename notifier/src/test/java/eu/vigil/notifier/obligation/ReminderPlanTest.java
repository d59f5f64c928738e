package eu.vigil.notifier.obligation;

import eu.vigil.notifier.rules.ExerciseClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPlanTest {

    private static final Instant DUE = Instant.parse("2026-03-29T09:00:00Z");

    @Test
    void theRemindersAheadAreEarliestFirst() {
        var plan = new ReminderPlan(List.of(Duration.ofHours(1), Duration.ofHours(12), Duration.ofHours(4)));

        var ahead = plan.remindersAhead(DUE, DUE.minus(Duration.ofHours(5)));

        assertThat(ahead).extracting(ReminderDue::leadTime).containsExactly(Duration.ofHours(4), Duration.ofHours(1));
    }

    @Test
    void givenADrillAt1HourAMinuteThenItsRemindersComeAsManyTimesSooner() {
        var plan = new ReminderPlan(List.of(Duration.ofHours(1), Duration.ofHours(12), Duration.ofHours(4)));

        var drills = plan.on(new ExerciseClock(60));

        assertThat(drills.leadTimes()).containsExactly(Duration.ofMinutes(12), Duration.ofMinutes(4),
                Duration.ofMinutes(1));
        assertThat(plan.on(ExerciseClock.REAL_TIME)).isEqualTo(plan);
        assertThat(plan.on(new ExerciseClock(1440)).leadTimes()).as("1 h shrunk to 2.5 s, 4 h to 10 s, 12 h to 30 s")
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(2500));
        assertThat(new ReminderPlan(List.of(Duration.ofSeconds(10), Duration.ofMinutes(15)))
                .on(new ExerciseClock(60)).leadTimes()).as("10 s shrunk below a second is dropped")
                .containsExactly(Duration.ofSeconds(15));
    }
}
