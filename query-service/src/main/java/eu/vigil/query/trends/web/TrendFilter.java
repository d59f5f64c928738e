package eu.vigil.query.trends.web;

import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.query.parameters.InvalidParametersException.Problem;
import eu.vigil.query.parameters.Parameters;
import eu.vigil.query.trends.TrendTable;
import eu.vigil.query.trends.TrendWindow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The trends' query parameters, as the page's form, the API and the CSV take them.
 *
 * @param weeks  ISO weeks shown, 1 to 104, 26 when absent
 * @param months calendar months shown, 1 to 24, 12 when absent
 * @param to     the last day shown (UTC), such as {@code 2026-03-31}; today when absent
 * @param table  the CSV's table: weekly, impact or timeliness
 */
record TrendFilter(String weeks, String months, String to, String table) {

    TrendWindow toWindow(Clock clock) {
        var problems = new ArrayList<Problem>();
        var window = read(new Parameters(problems), clock);
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return window;
    }

    /** The CSV's table and window, every bad parameter refused at once. */
    Csv toCsv(Clock clock) {
        var problems = new ArrayList<Problem>();
        var read = new Parameters(problems);
        var found = read.code("table", table, TrendTable.values(), TrendTable::code);
        if (Parameters.blank(table)) {
            problems.add(new Problem("table", "must be one of " + Arrays.stream(TrendTable.values())
                    .map(TrendTable::code).collect(Collectors.joining(", ")), ""));
        }
        var window = read(read, clock);
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return new Csv(found, window);
    }

    record Csv(TrendTable table, TrendWindow window) {
    }

    private TrendWindow read(Parameters read, Clock clock) {
        int weekCount = read.limit("weeks", weeks, TrendWindow.DEFAULT_WEEKS, TrendWindow.MOST_WEEKS);
        int monthCount = read.limit("months", months, TrendWindow.DEFAULT_MONTHS, TrendWindow.MOST_MONTHS);
        Instant end = read.instant("to", to, ZoneOffset.UTC, true);
        return new TrendWindow(end == null ? clock.instant() : end, weekCount, monthCount);
    }
}
