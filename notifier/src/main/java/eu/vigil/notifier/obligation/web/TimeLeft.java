package eu.vigil.notifier.obligation.web;

import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.ObligationStatus;

import java.time.Duration;
import java.time.Instant;

/** How a running clock reads on the board: time left, time over, or time elapsed when no instant is set. */
final class TimeLeft {

    private TimeLeft() {
    }

    static String of(ObligationRow obligation, Instant now) {
        if (!obligation.status().isRunning()) {
            return "";
        }
        if (obligation.dueAt() == null) {
            return "running for " + span(obligation.elapsedSince(now)) + " (without undue delay)";
        }
        var left = Duration.between(now, obligation.dueAt());
        return left.isNegative() ? "late by " + span(left.negated()) : "due in " + span(left);
    }

    /** A row the board marks as urgent: late, or due within 12 hours. */
    static boolean urgent(ObligationRow obligation, Instant now) {
        return obligation.status() == ObligationStatus.LATE || obligation.status().isRunning()
                && obligation.dueAt() != null && Duration.between(now, obligation.dueAt()).toHours() < 12;
    }

    static String span(Duration duration) {
        long days = duration.toDays();
        if (days >= 2) {
            return days + " d " + duration.toHoursPart() + " h";
        }
        long hours = duration.toHours();
        return hours > 0 ? hours + " h " + duration.toMinutesPart() + " min" : duration.toMinutes() + " min";
    }
}
