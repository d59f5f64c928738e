package eu.vigil.notifier.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The worked examples of docs/exercise-clocks.md: a drill's deadline is the law's (shared/regulatory/deadlines.md),
 * shrunk by the drill's scale, so that a month keeps its clock changes and working days their weekends.
 */
class ExerciseClockTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final Offset HOURS_24 = new Offset(24, OffsetUnit.HOURS);
    private static final Offset HOURS_72 = new Offset(72, OffsetUnit.HOURS);
    private static final Offset ONE_MONTH = new Offset(1, OffsetUnit.MONTHS);
    private static final ExerciseClock HOUR_PER_MINUTE = new ExerciseClock(60);
    private static final ExerciseClock DAY_PER_MINUTE = new ExerciseClock(1440);

    @Test
    void givenAnHourPerMinuteWhenAwarenessIsRecordedThenTheNis2EarlyWarningIsDue24MinutesLater() {
        // NIS2 Art. 23(4)(a): 24 hours from awareness
        Instant aware = Instant.parse("2026-11-23T08:00:00Z");

        assertThat(HOUR_PER_MINUTE.due(HOURS_24, aware, BRUSSELS)).contains(Instant.parse("2026-11-23T08:24:00Z"));
    }

    @Test
    void givenAnHourPerMinuteWhenAPersonalDataBreachIsRecordedThenTheGdprNotificationIsDue72MinutesLater() {
        // GDPR Art. 33(1): 72 hours from awareness of the personal data breach
        Instant aware = Instant.parse("2026-11-23T08:00:00Z");

        assertThat(HOUR_PER_MINUTE.due(HOURS_72, aware, BRUSSELS)).contains(Instant.parse("2026-11-23T09:12:00Z"));
    }

    @Test
    void givenABrusselsHospitalWhenTheFinalReportsMonthCrossesTheSpringChangeThenTheDrillShrinks757RealHours() {
        // NIS2 Art. 23(4)(d): notification submitted Tuesday 2026-03-10 10:00 CET; the month ends at 24:00 CEST of
        // 10 April, 31 days and 14 wall-clock hours later but only 757 real hours, clocks having gone forward
        Instant submitted = Instant.parse("2026-03-10T09:00:00Z");
        assertThat(DueInstants.due(ONE_MONTH, submitted, BRUSSELS)).contains(Instant.parse("2026-04-10T22:00:00Z"));

        assertThat(HOUR_PER_MINUTE.due(ONE_MONTH, submitted, BRUSSELS))
                .contains(submitted.plus(Duration.ofMinutes(757)))
                .contains(Instant.parse("2026-03-10T21:37:00Z"));
        assertThat(DAY_PER_MINUTE.due(ONE_MONTH, submitted, BRUSSELS))
                .contains(Instant.parse("2026-03-10T09:31:32.500Z"));
    }

    @Test
    void givenABrusselsHospitalWhenTheFinalReportsMonthCrossesTheAutumnChangeThenTheDrillShrinks759RealHours() {
        // submitted Saturday 2026-10-10 10:00 CEST; the month ends at 24:00 CET of 10 November: 759 real hours
        Instant submitted = Instant.parse("2026-10-10T08:00:00Z");
        assertThat(DueInstants.due(ONE_MONTH, submitted, BRUSSELS)).contains(Instant.parse("2026-11-10T23:00:00Z"));

        assertThat(HOUR_PER_MINUTE.due(ONE_MONTH, submitted, BRUSSELS))
                .contains(Instant.parse("2026-10-10T20:39:00Z"));
        assertThat(DAY_PER_MINUTE.due(ONE_MONTH, submitted, BRUSSELS))
                .contains(Instant.parse("2026-10-10T08:31:37.500Z"));
    }

    @Test
    void givenALisbonHospitalWhenTheFinalReportsMonthCrossesEitherChangeThenItsOwnZonesMidnightIsShrunk() {
        // 10:00 WET on 10 March: the month ends at 24:00 WEST of 10 April, 757 real hours
        Instant spring = Instant.parse("2026-03-10T10:00:00Z");
        assertThat(HOUR_PER_MINUTE.due(ONE_MONTH, spring, LISBON)).contains(Instant.parse("2026-03-10T22:37:00Z"));
        assertThat(DAY_PER_MINUTE.due(ONE_MONTH, spring, LISBON)).contains(Instant.parse("2026-03-10T10:31:32.500Z"));

        // 10:00 WEST on 10 October: the month ends at 24:00 WET (UTC) of 10 November, 759 real hours
        Instant autumn = Instant.parse("2026-10-10T09:00:00Z");
        assertThat(HOUR_PER_MINUTE.due(ONE_MONTH, autumn, LISBON)).contains(Instant.parse("2026-10-10T21:39:00Z"));
        assertThat(DAY_PER_MINUTE.due(ONE_MONTH, autumn, LISBON)).contains(Instant.parse("2026-10-10T09:31:37.500Z"));
    }

    @Test
    void givenAWorkingDayOffsetOverAWeekendThenTheWeekendIsPartOfTheShrunkTime() {
        // one working day from Friday 2026-04-03 11:00 WEST ends at 24:00 on Monday 6 April: 85 real hours
        Instant friday = Instant.parse("2026-04-03T10:00:00Z");
        assertThat(HOUR_PER_MINUTE.due(new Offset(1, OffsetUnit.WORKING_DAYS), friday, LISBON))
                .contains(Instant.parse("2026-04-03T11:25:00Z"));

        // Portugal's final report, 30 working days (DL 125/2025): 24:00 on Friday 15 May, 1021 real hours
        assertThat(HOUR_PER_MINUTE.due(new Offset(30, OffsetUnit.WORKING_DAYS), friday, LISBON))
                .contains(Instant.parse("2026-04-04T03:01:00Z"));
    }

    @Test
    void givenScaleOneThenEveryDueInstantIsTheLaws() {
        Instant trigger = Instant.parse("2026-03-28T22:30:00Z");
        for (Offset offset : List.of(HOURS_24, HOURS_72, ONE_MONTH, new Offset(30, OffsetUnit.WORKING_DAYS))) {
            for (ZoneId zone : List.of(BRUSSELS, LISBON, EuZones.PROFILE_MISSING)) {
                assertThat(ExerciseClock.REAL_TIME.due(offset, trigger, zone)).as(offset + " in " + zone)
                        .isEqualTo(DueInstants.due(offset, trigger, zone));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 60, 61, 1439, 1440})
    void givenAnyScaleThenTheDrillsDueInstantIsNeverLaterThanTheLawsNorBeforeItsTrigger(int scale) {
        Instant trigger = Instant.parse("2026-10-24T07:15:00.123456789Z");
        for (Offset offset : List.of(HOURS_24, HOURS_72, ONE_MONTH, new Offset(30, OffsetUnit.WORKING_DAYS))) {
            Instant law = DueInstants.due(offset, trigger, BRUSSELS).orElseThrow();

            assertThat(new ExerciseClock(scale).due(offset, trigger, BRUSSELS)).hasValueSatisfying(drill ->
                    assertThat(drill).isAfter(trigger).isBeforeOrEqualTo(law));
        }
    }

    @Test
    void givenAPeriodWithoutANumberThenTheDrillHasNoDueInstantEither() {
        Instant aware = Instant.parse("2026-11-23T08:00:00Z");

        assertThat(HOUR_PER_MINUTE.due(new Offset(null, OffsetUnit.WITHOUT_UNDUE_DELAY), aware, BRUSSELS)).isEmpty();
        assertThat(HOUR_PER_MINUTE.due(new Offset(null, OffsetUnit.AS_REQUESTED), aware, BRUSSELS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -60, 0, 1441, Integer.MAX_VALUE})
    void givenAScaleOfZeroOrAboveADayPerMinuteThenTheClockIsRefused(int scale) {
        assertThatThrownBy(() -> new ExerciseClock(scale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An exercise clock's scale must be from 1 (real time) to 1440, not " + scale);
    }
}
