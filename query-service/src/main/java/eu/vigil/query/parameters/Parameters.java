package eu.vigil.query.parameters;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.query.parameters.InvalidParametersException.Problem;
import eu.vigil.web.TextRules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the list's query parameters, noting each bad one instead of stopping at the first. */
public final class Parameters {

    private static final int MOST_TEXT = 200;
    private static final int MOST_CODE = 60;
    private static final int MOST_INSTANT = 40;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    private final List<Problem> problems;

    public Parameters(List<Problem> problems) {
        this.problems = problems;
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public <E> E code(String name, String value, E[] values, Function<E, String> code) {
        if (blank(value)) {
            return null;
        }
        var found = value.length() > MOST_CODE ? null
                : Arrays.stream(values).filter(each -> code.apply(each).equals(value)).findFirst().orElse(null);
        if (found == null) {
            problems.add(new Problem(name, "must be one of "
                    + Arrays.stream(values).map(code).collect(Collectors.joining(", ")), value));
        }
        return found;
    }

    public RsitCategory category(String value) {
        if (blank(value)) {
            return null;
        }
        var found = value.length() > MOST_CODE ? null : RsitCategory.findByCode(value).orElse(null);
        if (found == null) {
            problems.add(new Problem("category", "must be an RSIT code such as malicious-code/infected-system",
                    value));
        }
        return found;
    }

    /** A date is read in the zone; as an upper bound it includes its whole day. */
    public Instant instant(String name, String value, ZoneId zone, boolean upper) {
        if (blank(value)) {
            return null;
        }
        String message = "must be a date (2026-03-29) or an instant with its offset (2026-03-29T00:45:00Z), in the "
                + "years " + FIRST_YEAR + " to " + LAST_YEAR;
        try {
            if (value.length() <= MOST_INSTANT) {
                Instant instant;
                int year;
                if (value.length() == 10) {
                    var date = LocalDate.parse(value);
                    year = date.getYear();
                    instant = (upper ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
                } else {
                    instant = OffsetDateTime.parse(value).toInstant();
                    year = instant.atOffset(ZoneOffset.UTC).getYear();
                }
                if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                    return instant;
                }
            }
        } catch (DateTimeException notADate) {
            // refused below, with what it must be
        }
        problems.add(new Problem(name, message, value));
        return null;
    }

    public String text(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > MOST_TEXT) {
            problems.add(new Problem(name, "must be at most " + MOST_TEXT + " characters", value));
        } else if (TextRules.checkLine(value) != null) {
            problems.add(new Problem(name, "must be one line without control characters", value));
        } else if (value.codePoints().noneMatch(Character::isLetterOrDigit)) {
            problems.add(new Problem(name, "must hold a letter or a digit", value));
        } else {
            return value;
        }
        return null;
    }

    /** An ISO 3166-1 alpha-2 country code as the events carry it: exactly two upper-case letters. */
    public String country(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.matches("[A-Z]{2}")) {
            return value;
        }
        problems.add(new Problem(name, "must be an ISO 3166-1 alpha-2 code in capitals, such as BE", value));
        return null;
    }

    /** Rows per page: {@code fallback} when absent, at most {@code most}. */
    public int limit(String name, String value, int fallback, int most) {
        if (blank(value)) {
            return fallback;
        }
        if (value.matches("[0-9]{1,3}")) {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= most) {
                return limit;
            }
        }
        problems.add(new Problem(name, "must be a whole number from 1 to " + most, value));
        return fallback;
    }
}
