package eu.vigil.notifier.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * When a deadline falls due, in UTC, following shared/regulatory/deadlines.md: hours are elapsed time on the
 * instant line (never wall-clock arithmetic, so a clock change neither adds nor removes an hour, §2); months and
 * working days count calendar dates in the hospital's zone and end at the end of the last day (§3).
 */
public final class DueInstants {

    private DueInstants() {
    }

    /**
     * @param zone the hospital's zone; {@link EuZones#PROFILE_MISSING} for a hospital without a profile, counted as
     *             {@link #dueEarliest} over {@link EuZones#MEMBER_STATES}
     * @return empty for a period with no number ("without undue delay") or one the authority sets
     */
    public static Optional<Instant> due(Offset offset, Instant trigger, ZoneId zone) {
        if (EuZones.profileMissing(zone)) {
            return dueEarliest(offset, trigger, EuZones.MEMBER_STATES);
        }
        return dueIn(offset, trigger, zone);
    }

    /**
     * The earliest due instant any of the zones gives: not always the easternmost zone's, since the trigger's local
     * date differs between zones near midnight. Hours are the same in every zone.
     */
    public static Optional<Instant> dueEarliest(Offset offset, Instant trigger, Collection<ZoneId> zones) {
        return zones.stream().map(zone -> dueIn(offset, trigger, zone)).flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private static Optional<Instant> dueIn(Offset offset, Instant trigger, ZoneId zone) {
        return switch (offset.unit()) {
            case HOURS -> Optional.of(trigger.plus(Duration.ofHours(offset.amount())));
            // Regulation 1182/71 Art. 3(2)(c): the same date in the last month, or its last day if there is none;
            // LocalDate.plusMonths clamps 31 January to 28/29 February. The safe due date has no weekend roll-forward.
            case MONTHS -> Optional.of(endOfDay(trigger.atZone(zone).toLocalDate().plusMonths(offset.amount()), zone));
            case WORKING_DAYS -> Optional.of(endOfDay(plusWorkingDays(trigger.atZone(zone).toLocalDate(),
                    offset.amount()), zone));
            case AS_REQUESTED, WITHOUT_UNDUE_DELAY -> Optional.empty();
        };
    }

    /** 24:00 local at the end of that day: the first instant of the next day. */
    private static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    // The day of the event is not counted (1182/71 Art. 3(1)); only Saturdays and Sundays are skipped.
    private static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
