package eu.vigil.notifier.register;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which breaches the register lists.
 *
 * @param year   the calendar year of the breach's awareness in the hospital's zone; null for every year
 * @param status null for every status
 */
public record RegisterFilter(Integer year, RegisterStatus status) {

    // GDPR applies from 25 May 2018; the upper bound only keeps a typo out
    static final int FIRST_YEAR = 2018;
    static final int LAST_YEAR = 2100;

    public static final RegisterFilter ALL = new RegisterFilter(null, null);

    /**
     * The filter of the query parameters {@code year} and {@code status}, each optional.
     *
     * @throws BadRegisterFilterException naming the parameter that is not valid
     */
    public static RegisterFilter parse(String year, String status) {
        return new RegisterFilter(year(year), status(status));
    }

    /** Whether the register lists this breach: its year counted on the hospital's wall clock. */
    public boolean accepts(BreachEntry entry) {
        return (year == null || entry.breachAwareAtLocal().getYear() == year)
                && (status == null || entry.status() == status);
    }

    private static Integer year(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String accepted = "a year from " + FIRST_YEAR + " to " + LAST_YEAR;
        if (!value.matches("[0-9]{4}")) {
            throw new BadRegisterFilterException("year", value, accepted);
        }
        int year = Integer.parseInt(value);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadRegisterFilterException("year", value, accepted);
        }
        return year;
    }

    private static RegisterStatus status(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return RegisterStatus.byCode(value).orElseThrow(() -> new BadRegisterFilterException("status", value,
                "one of " + Arrays.stream(RegisterStatus.values()).map(RegisterStatus::code)
                        .collect(Collectors.joining(", "))));
    }
}
