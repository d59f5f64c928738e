package eu.vigil.query.trends;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The periods the trends cover, in UTC: the {@code weeks} ISO weeks and the {@code months} calendar months up to
 * and including the one that holds the instant just before {@code to}.
 *
 * @param to the end of the window, excluded
 */
public record TrendWindow(Instant to, int weeks, int months) {

    public static final int DEFAULT_WEEKS = 26;
    public static final int MOST_WEEKS = 104;
    public static final int DEFAULT_MONTHS = 12;
    public static final int MOST_MONTHS = 24;

    private LocalDate lastDay() {
        return to.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The Monday, 00:00 UTC, of the first week. */
    public Instant weeksFrom() {
        return lastDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first day, 00:00 UTC, of the first month. */
    public Instant monthsFrom() {
        return lastDay().withDayOfMonth(1).minusMonths(months - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Every week of the window, oldest first, as ISO names such as {@code 2026-W13}. */
    public List<String> isoWeeks() {
        var names = new ArrayList<String>();
        var monday = weeksFrom().atOffset(ZoneOffset.UTC).toLocalDate();
        for (int i = 0; i < weeks; i++) {
            names.add(isoWeek(monday.plusWeeks(i)));
        }
        return names;
    }

    /** Every month of the window, oldest first, such as {@code 2026-03}. */
    public List<String> calendarMonths() {
        var names = new ArrayList<String>();
        var first = monthsFrom().atOffset(ZoneOffset.UTC).toLocalDate();
        for (int i = 0; i < months; i++) {
            names.add(first.plusMonths(i).toString().substring(0, 7));
        }
        return names;
    }

    static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
