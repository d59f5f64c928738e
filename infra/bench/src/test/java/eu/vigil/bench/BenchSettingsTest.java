package eu.vigil.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchSettingsTest {

    @Test
    void withoutFlagsRunsThreeRoundsOfThirtySecondsWithEightClients() {
        var settings = BenchSettings.parse();

        assertThat(settings).isEqualTo(new BenchSettings(Duration.ofSeconds(30), 8, 3, 200, Duration.ofSeconds(10),
                Optional.empty(), Optional.empty(), false, false, false, false, Duration.ofSeconds(60), 400, 1,
                false, false, 1_000_000, false, 0, Duration.ofSeconds(120), Duration.ofSeconds(30), false, 200,
                false, false));
    }

    @Test
    void flagsOverrideTheDefaults() {
        var settings = BenchSettings.parse("--seconds=20", "--clients=1", "--rounds=5", "--incidents=50",
                "--warm-up-seconds=0", "--command-service-jar=/jars/cs.jar", "--data-dir=/var/tmp");

        assertThat(settings).isEqualTo(new BenchSettings(Duration.ofSeconds(20), 1, 5, 50, Duration.ZERO,
                Optional.of(Path.of("/jars/cs.jar")), Optional.of(Path.of("/var/tmp")), false, false,
                false, false, Duration.ofSeconds(60), 100, 1, false, false,
                1_000_000, false, 0, Duration.ofSeconds(120), Duration.ofSeconds(30), false, 200, false, false));
    }

    @Test
    void theProjectionLagRunsAtTheRateItIsGiven() {
        assertThat(BenchSettings.parse("--projection-lag", "--rate=120").rate()).isEqualTo(120);
        assertThatThrownBy(() -> BenchSettings.parse("--projection-lag", "--rate=0"))
                .hasMessageContaining("--rate must be at least 1");
    }

    @Test
    void theCommandsInProcessSwitchSeedsTwoThousandIncidentsUnlessTold() {
        assertThat(BenchSettings.parse("--commands-in-process"))
                .extracting(BenchSettings::commandsInProcess, BenchSettings::incidents).containsExactly(true, 2_000);
        assertThat(BenchSettings.parse("--commands-in-process", "--incidents=20000").incidents()).isEqualTo(20_000);
    }

    @Test
    void theRebuildSwitchSeedsFortyThousandIncidentsOfTwentyFiveEventsUnlessTold() {
        assertThat(BenchSettings.parse("--rebuild"))
                .extracting(BenchSettings::rebuild, BenchSettings::incidents).containsExactly(true, 40_000);
        assertThat(BenchSettings.parse("--rebuild", "--incidents=400").incidents()).isEqualTo(400);
    }

    @Test
    void theNotifierSwitchTakesNoValueAndReportsAThousandIncidentsUnlessTold() {
        assertThat(BenchSettings.parse("--notifier").incidents()).isEqualTo(1000);
        assertThat(BenchSettings.parse("--notifier", "--incidents=300"))
                .extracting(BenchSettings::notifier, BenchSettings::incidents).containsExactly(true, 300);
        assertThatThrownBy(() -> BenchSettings.parse("--notifier=yes")).hasMessageContaining("Unknown argument");
    }

    @Test
    void theProjectionLagRunsFiveMinutesWithAMinuteOfOutageUnlessTold() {
        assertThat(BenchSettings.parse("--projection-lag"))
                .extracting(BenchSettings::projectionLag, BenchSettings::phase, BenchSettings::outage)
                .containsExactly(true, Duration.ofMinutes(5), Duration.ofMinutes(1));
        assertThat(BenchSettings.parse("--projection-lag", "--seconds=30", "--outage-seconds=0"))
                .extracting(BenchSettings::phase, BenchSettings::outage)
                .containsExactly(Duration.ofSeconds(30), Duration.ZERO);
    }

    @Test
    void theReadsSeedAMillionEventsOfAHundredThousandIncidentsInAThousandHospitalsUnlessTold() {
        assertThat(BenchSettings.parse("--reads"))
                .extracting(BenchSettings::events, BenchSettings::incidents, BenchSettings::hospitals)
                .containsExactly(1_000_000, 100_000, 1000);
        assertThat(BenchSettings.parse("--reads", "--incidents=10000"))
                .extracting(BenchSettings::events, BenchSettings::hospitals).containsExactly(100_000, 100);
        assertThatThrownBy(() -> BenchSettings.parse("--reads", "--incidents=10", "--hospitals=20"))
                .hasMessageContaining("--hospitals");
    }

    @Test
    void anUnknownFlagIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> BenchSettings.parse("--threads=8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown argument '--threads=8'")
                .hasMessageContaining("--clients=8");
    }

    @Test
    void aFlagWithoutValueOrANonNumberIsRefused() {
        assertThatThrownBy(() -> BenchSettings.parse("--seconds")).hasMessageContaining("Unknown argument");
        assertThatThrownBy(() -> BenchSettings.parse("--seconds=half")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> BenchSettings.parse("--clients=0")).hasMessageContaining("at least 1");
    }

    @Test
    void givenTheRemindersSwitch_whenParsed_thenTenThousandRemindersOverTwoMinutesAfterAnAdaptedLead() {
        assertThat(BenchSettings.parse("--reminders"))
                .extracting(BenchSettings::reminders, BenchSettings::window, BenchSettings::lead)
                .containsExactly(10_000, Duration.ofSeconds(120), Duration.ofSeconds(200));
        assertThat(BenchSettings.parse("--reminders=500", "--window-seconds=30", "--lead-seconds=45"))
                .extracting(BenchSettings::reminders, BenchSettings::window, BenchSettings::lead)
                .containsExactly(500, Duration.ofSeconds(30), Duration.ofSeconds(45));
    }

    @Test
    void givenTheEventAppendSwitch_whenParsed_thenItTakesNoValueAndKeepsTheRoundsDefaults() {
        assertThat(BenchSettings.parse("--event-append", "--seconds=20", "--rounds=2"))
                .extracting(BenchSettings::eventAppend, BenchSettings::phase, BenchSettings::rounds,
                        BenchSettings::clients, BenchSettings::warmUp)
                .containsExactly(true, Duration.ofSeconds(20), 2, 8, Duration.ofSeconds(10));
        assertThat(BenchSettings.parse().eventAppend()).isFalse();
        assertThatThrownBy(() -> BenchSettings.parse("--event-append=yes")).hasMessageContaining("Unknown argument");
    }

    @Test
    void givenTheInstancesSwitch_whenParsed_thenItTakesNoValueAndKeepsTheRoundsDefaults() {
        assertThat(BenchSettings.parse("--instances", "--seconds=5"))
                .extracting(BenchSettings::instances, BenchSettings::phase, BenchSettings::clients)
                .containsExactly(true, Duration.ofSeconds(5), 8);
    }
}
