package eu.vigil.notifier.rules;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of shared/regulatory/deadlines.md §4 and its acceptance tests (§6), for a Brussels hospital. */
class DueInstantsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Offset HOURS_24 = new Offset(24, OffsetUnit.HOURS);
    private static final Offset HOURS_72 = new Offset(72, OffsetUnit.HOURS);
    private static final Offset ONE_MONTH = new Offset(1, OffsetUnit.MONTHS);

    @Test
    void exampleA_awarenessBeforeTheMarchChangeIsDue24And72RealHoursLater() {
        // given awareness on Saturday 2026-03-28 23:30 CET; clocks go forward that night
        Instant aware = Instant.parse("2026-03-28T22:30:00Z");

        // then the early warning and the notification fall 24 and 72 elapsed hours later, weekend or not
        assertThat(due(HOURS_24, aware)).isEqualTo("2026-03-29T22:30:00Z");
        assertThat(local(due(HOURS_24, aware))).isEqualTo("2026-03-30T00:30+02:00[Europe/Brussels]");
        assertThat(due(HOURS_72, aware)).isEqualTo("2026-03-31T22:30:00Z");
        assertThat(local(due(HOURS_72, aware))).isEqualTo("2026-04-01T00:30+02:00[Europe/Brussels]");
    }

    @Test
    void exampleB_awarenessBeforeTheOctoberChangeIsNotOneHourLate() {
        // given awareness on Saturday 2026-10-24 09:15 CEST; clocks go back the next night
        Instant aware = Instant.parse("2026-10-24T07:15:00Z");

        // then 24 h is 08:15 CET, not the naive 09:15 CET that would be 25 real hours
        assertThat(due(HOURS_24, aware)).isEqualTo("2026-10-25T07:15:00Z");
        assertThat(local(due(HOURS_24, aware))).isEqualTo("2026-10-25T08:15+01:00[Europe/Brussels]");
        assertThat(due(HOURS_72, aware)).isEqualTo("2026-10-27T07:15:00Z");
        assertThat(local(due(HOURS_72, aware))).isEqualTo("2026-10-27T08:15+01:00[Europe/Brussels]");
    }

    @Test
    void exampleC_eachOfTheTwoRepeated0230sHasItsOwnDeadline() {
        // given 02:30 local on 2026-10-25, which happens twice
        Instant first = Instant.parse("2026-10-25T00:30:00Z"); // 02:30 CEST
        Instant second = Instant.parse("2026-10-25T01:30:00Z"); // 02:30 CET

        assertThat(local(due(HOURS_24, first))).isEqualTo("2026-10-26T01:30+01:00[Europe/Brussels]");
        assertThat(due(HOURS_72, first)).isEqualTo("2026-10-28T00:30:00Z");
        assertThat(local(due(HOURS_24, second))).isEqualTo("2026-10-26T02:30+01:00[Europe/Brussels]");
        assertThat(due(HOURS_72, second)).isEqualTo("2026-10-28T01:30:00Z");
    }

    @Test
    void exampleD_theFinalReportIsDueAtTheEndOfTheSameDateNextMonthClampedToTheMonthsLastDay() {
        // notification submitted 2026-03-31 10:00 CEST: April has no 31st, so the end of 30 April
        assertThat(local(due(ONE_MONTH, Instant.parse("2026-03-31T08:00:00Z"))))
                .isEqualTo("2026-05-01T00:00+02:00[Europe/Brussels]");
        // submitted 31 January 10:00 CET: the end of Saturday 28 February, no weekend roll-forward
        assertThat(local(due(ONE_MONTH, Instant.parse("2026-01-31T09:00:00Z"))))
                .isEqualTo("2026-03-01T00:00+01:00[Europe/Brussels]");
        // submitted 2026-04-30 16:00 CEST: the end of Saturday 30 May
        assertThat(local(due(ONE_MONTH, Instant.parse("2026-04-30T14:00:00Z"))))
                .isEqualTo("2026-05-31T00:00+02:00[Europe/Brussels]");
    }

    @Test
    void acceptance2_awarenessJustBeforeTheSpringChangeShowsTheDueTimeInSummerTime() {
        Instant due = due(HOURS_24, Instant.parse("2026-03-29T00:30:00Z"));

        assertThat(due).isEqualTo("2026-03-30T00:30:00Z");
        assertThat(local(due)).isEqualTo("2026-03-30T02:30+02:00[Europe/Brussels]");
    }

    @Test
    void acceptance3_inALeapYear31JanuaryGives29February() {
        assertThat(local(due(ONE_MONTH, Instant.parse("2028-01-31T09:00:00Z"))))
                .isEqualTo("2028-03-01T00:00+01:00[Europe/Brussels]");
    }

    @Test
    void portugalsFinalReportCountsThirtyWorkingDaysFromTheDayAfterTheEndOfImpact() {
        // end of impact communicated on Friday 2026-04-03: 30 working days are six weeks, ending Friday 15 May
        Instant due = due(new Offset(30, OffsetUnit.WORKING_DAYS), Instant.parse("2026-04-03T10:00:00Z"),
                ZoneId.of("Europe/Lisbon"));

        assertThat(due.atZone(ZoneId.of("Europe/Lisbon")).toString()).isEqualTo("2026-05-16T00:00+01:00[Europe/Lisbon]");
    }

    @Test
    void withoutUndueDelayAndAsRequestedHaveNoDueInstant() {
        Instant aware = Instant.parse("2026-11-23T08:00:00Z");

        assertThat(DueInstants.due(new Offset(null, OffsetUnit.WITHOUT_UNDUE_DELAY), aware, BRUSSELS)).isEmpty();
        assertThat(DueInstants.due(new Offset(null, OffsetUnit.AS_REQUESTED), aware, BRUSSELS)).isEmpty();
    }

    private static Instant due(Offset offset, Instant trigger) {
        return due(offset, trigger, BRUSSELS);
    }

    private static Instant due(Offset offset, Instant trigger, ZoneId zone) {
        return DueInstants.due(offset, trigger, zone).orElseThrow();
    }

    private static String local(Instant instant) {
        return ZonedDateTime.ofInstant(instant, BRUSSELS).toString();
    }

    @Test
    void givenNoProfileWhenTheFinalReportMonthCrossesTheOctoberChangeThenItEndsAtMidnightInTheEasternmostZone() {
        // given the notification submitted Tuesday 2026-10-20 10:00 UTC (13:00 EEST): the same date in every EU zone
        Instant submitted = Instant.parse("2026-10-20T10:00:00Z");

        // then the month ends at 24:00 of 20 November in Helsinki and Nicosia (EET, UTC+2 after the change),
        // two hours before the old UTC reading and an hour before Brussels'
        Instant due = DueInstants.due(ONE_MONTH, submitted, EuZones.PROFILE_MISSING).orElseThrow();
        assertThat(due).isEqualTo("2026-11-20T22:00:00Z");
        assertThat(due.atZone(ZoneId.of("Asia/Nicosia"))).isEqualTo("2026-11-21T00:00+02:00[Asia/Nicosia]");
        assertThat(due).isBefore(DueInstants.due(ONE_MONTH, submitted, ZoneId.of("UTC")).orElseThrow());
        assertThat(due(ONE_MONTH, submitted)).isEqualTo("2026-11-20T23:00:00Z");
    }

    @Test
    void givenNoProfileWhenTheSubmissionIsNearMidnightThenTheEarliestZoneIsNotAlwaysTheEasternmost() {
        // given 2026-10-20 21:30 UTC: already 21 October in Helsinki (00:30 EEST), still 20 October west of it
        Instant submitted = Instant.parse("2026-10-20T21:30:00Z");

        // then the end of 20 November in Brussels (CET) comes first, before Helsinki's end of 21 November
        assertThat(DueInstants.due(ONE_MONTH, submitted, EuZones.PROFILE_MISSING))
                .contains(Instant.parse("2026-11-20T23:00:00Z"));
        assertThat(DueInstants.due(ONE_MONTH, submitted, ZoneId.of("Europe/Helsinki")))
                .contains(Instant.parse("2026-11-21T22:00:00Z"));
    }

    @Test
    void givenNoProfileThenHoursAreTheSameElapsedHoursAsInAnyZone() {
        Instant aware = Instant.parse("2026-03-28T22:30:00Z");

        assertThat(DueInstants.due(HOURS_72, aware, EuZones.PROFILE_MISSING))
                .contains(Instant.parse("2026-03-31T22:30:00Z"));
    }

    @Test
    void theMemberStatesZonesRunFromTheAzoresToCyprus() {
        assertThat(EuZones.MEMBER_STATES).contains(ZoneId.of("Atlantic/Azores"), ZoneId.of("Europe/Lisbon"),
                ZoneId.of("Europe/Dublin"), ZoneId.of("Europe/Brussels"), ZoneId.of("Europe/Helsinki"),
                ZoneId.of("Europe/Athens"), ZoneId.of("Asia/Nicosia"));
        assertThat(EuZones.zoneOf(EuZones.PROFILE_MISSING_ID)).isEqualTo(EuZones.PROFILE_MISSING);
    }
}
