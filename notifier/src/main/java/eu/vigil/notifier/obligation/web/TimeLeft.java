package eu.vigil.notifier.obligation.web;

import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.ObligationStatus;
import org.springframework.context.MessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How a running clock reads on the board, in the viewer's language: time left, time over, or time elapsed when no
 * instant is set.
 */
final class TimeLeft {

    private TimeLeft() {
    }

    static String of(ObligationRow obligation, Instant now, MessageSource messages, Locale locale) {
        if (!obligation.status().isRunning()) {
            return "";
        }
        if (obligation.dueAt() == null) {
            var elapsed = span(obligation.elapsedSince(now), messages, locale);
            return text(messages, locale, "board.timeLeft.elapsed", elapsed);
        }
        var left = Duration.between(now, obligation.dueAt());
        return left.isNegative() ? text(messages, locale, "board.timeLeft.late", span(left.negated(), messages, locale))
                : text(messages, locale, "board.timeLeft.due", span(left, messages, locale));
    }

    /** A row the board marks as urgent: late, or due within 12 hours. */
    static boolean urgent(ObligationRow obligation, Instant now) {
        return obligation.status() == ObligationStatus.LATE || obligation.status().isRunning()
                && obligation.dueAt() != null && Duration.between(now, obligation.dueAt()).toHours() < 12;
    }

    static String span(Duration duration, MessageSource messages, Locale locale) {
        long days = duration.toDays();
        if (days >= 2) {
            return text(messages, locale, "board.span.days", days, duration.toHoursPart());
        }
        long hours = duration.toHours();
        return hours > 0 ? text(messages, locale, "board.span.hours", hours, duration.toMinutesPart())
                : text(messages, locale, "board.span.minutes", duration.toMinutes());
    }

    // numbers as plain digits: MessageFormat would group them by the locale's rules
    private static String text(MessageSource messages, Locale locale, String key, Object... arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] instanceof Number number ? String.valueOf(number) : arguments[i];
        }
        return messages.getMessage(key, plain, locale);
    }
}
