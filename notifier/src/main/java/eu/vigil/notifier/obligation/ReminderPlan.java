package eu.vigil.notifier.obligation;

import eu.vigil.notifier.rules.ExerciseClock;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * How long before a due instant the DPO and the security officer are reminded ({@code vigil.reminders.lead-times},
 * default 12 h, 4 h and 1 h). At the due instant itself the obligation goes late and escalates.
 */
@ConfigurationProperties("vigil.reminders")
public record ReminderPlan(@DefaultValue({"12h", "4h", "1h"}) List<Duration> leadTimes) {

    /** The deadline scheduler polls every few seconds: a reminder nearer its deadline than this tells nobody more. */
    static final Duration SHORTEST_DRILL_LEAD = Duration.ofSeconds(1);

    public ReminderPlan {
        if (leadTimes.stream().anyMatch(lead -> lead.isNegative() || lead.isZero())) {
            throw new IllegalArgumentException("vigil.reminders.lead-times must be positive durations: " + leadTimes
                    + " (the due instant itself always escalates)");
        }
        leadTimes = leadTimes.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * This plan on a drill's clock (ADR 0022): each lead time shrunk by its scale, as the deadline is. A lead shrunk
     * below {@link #SHORTEST_DRILL_LEAD} is dropped: it would come together with the deadline, or after it.
     */
    public ReminderPlan on(ExerciseClock clock) {
        return clock.scale() == 1 ? this : new ReminderPlan(leadTimes.stream()
                .map(lead -> lead.dividedBy(clock.scale()))
                .filter(lead -> lead.compareTo(SHORTEST_DRILL_LEAD) >= 0).toList());
    }

    /** The reminders still ahead at {@code now} for this due instant, earliest first. */
    List<ReminderDue> remindersAhead(Instant dueAt, Instant now) {
        return leadTimes.stream()
                .filter(lead -> dueAt.minus(lead).isAfter(now))
                .map(lead -> new ReminderDue(dueAt, lead))
                .toList();
    }
}
