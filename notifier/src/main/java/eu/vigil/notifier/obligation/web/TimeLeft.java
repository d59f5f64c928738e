package eu.vigil.notifier.obligation.web;

import eu.vigil.notifier.obligation.ObligationRow;
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

    /** The urgency in words, beside its colour: "Late by 3 h 0 min", "Due within 24 h", "Due in 5 days". */
    static String urgency(Urgency urgency, ObligationRow obligation, Instant now, MessageSource messages,
                          Locale locale) {
        return switch (urgency) {
            case LATE -> text(messages, locale, "board.urgency.late", span(obligation.dueAt() == null
                    ? Duration.ZERO : Duration.between(obligation.dueAt(), now), messages, locale));
            case WITHIN_24_H -> text(messages, locale, "board.urgency.soon");
            case LATER -> {
                var left = Duration.between(now, obligation.dueAt());
                yield left.toDays() >= 2 ? text(messages, locale, "board.urgency.laterDays", left.toDays())
                        : text(messages, locale, "board.urgency.later", span(left, messages, locale));
            }
            case WITHOUT_UNDUE_DELAY -> text(messages, locale, "board.urgency.undue");
            case CLOSED -> "";
        };
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
