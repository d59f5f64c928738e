package eu.vigil.command.drill.view;

import eu.vigil.command.drill.scenario.Inject;
import eu.vigil.command.drill.scenario.Scenario;
import eu.vigil.command.drill.scenario.Translations;
import eu.vigil.contracts.RsitCategory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DrillProgressTest {

    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");
    private static final Scenario SCENARIO = new Scenario("test", text("Test"), text("A test"),
            RsitCategory.values()[0], List.of(inject("PT0S"), inject("PT1H"), inject("PT2H")));

    @Test
    void givenAnHourInAMinuteThenAnInjectIsOutExactlyWhenItsOffsetDividedBySixtyHasPassed() {
        var progress = DrillProgress.of(drill(60, null), SCENARIO, START.plusSeconds(60));

        assertThat(progress.released()).extracting(released -> released.inject().offset())
                .containsExactly(Duration.ofHours(1), Duration.ZERO);
        assertThat(progress.next()).hasValueSatisfying(next -> {
            assertThat(next.at()).isEqualTo(START.plusSeconds(120));
            assertThat(next.minutesFrom(START.plusSeconds(60))).isEqualTo(1);
        });
    }

    @Test
    void givenASecondBeforeAnInjectThenItIsNotOutAndComesInAMinuteAtMost() {
        var progress = DrillProgress.of(drill(1, null), SCENARIO, START.plus(Duration.ofHours(1)).minusSeconds(1));

        assertThat(progress.released()).hasSize(1);
        assertThat(progress.next().orElseThrow().minutesFrom(START.plus(Duration.ofHours(1)).minusSeconds(1)))
                .isEqualTo(1);
    }

    @Test
    void givenAnEndedDrillThenNothingAfterItsEndIsOutAndNothingComes() {
        var progress = DrillProgress.of(drill(1, START.plusSeconds(600)), SCENARIO, START.plus(Duration.ofHours(3)));

        assertThat(progress.released()).hasSize(1);
        assertThat(progress.next()).isEmpty();
    }

    @Test
    void givenADrillWithoutScenarioThenThereIsNoInject() {
        var progress = DrillProgress.of(drill(60, null), null, START.plus(Duration.ofHours(3)));

        assertThat(progress.released()).isEmpty();
        assertThat(progress.next()).isEmpty();
    }

    private static DrillRecord drill(int scale, Instant endedAt) {
        return new DrillRecord(UUID.randomUUID(), "h-brugge", "test", "Drill", scale, START, endedAt, null, null, List.of());
    }

    private static Inject inject(String offset) {
        return new Inject(Duration.parse(offset), text(offset), List.of());
    }

    private static Translations text(String text) {
        return new Translations(text, text, text, text, text, text, text);
    }
}
