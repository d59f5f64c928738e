package eu.vigil.notifier.obligation.web;

import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.contracts.notification.ObligationStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * How pressing an obligation is, in the board's order: late, due within 24 hours, due later, running without a due
 * instant, closed. Each has a CSS class for its colour and words of its own, so colour never says it alone.
 */
enum Urgency {
    LATE("urgency-late"),
    WITHIN_24_H("urgency-soon"),
    LATER("urgency-later"),
    WITHOUT_UNDUE_DELAY("urgency-undue"),
    CLOSED("urgency-closed");

    private static final Duration SOON = Duration.ofHours(24);

    private final String cssClass;

    Urgency(String cssClass) {
        this.cssClass = cssClass;
    }

    String cssClass() {
        return cssClass;
    }

    static Urgency of(ObligationRow obligation, Instant now) {
        if (!obligation.status().isRunning()) {
            return CLOSED;
        }
        if (obligation.status().at(obligation.dueAt(), now) == ObligationStatus.LATE) {
            return LATE;
        }
        if (obligation.dueAt() == null) {
            return WITHOUT_UNDUE_DELAY;
        }
        return Duration.between(now, obligation.dueAt()).compareTo(SOON) <= 0 ? WITHIN_24_H : LATER;
    }

    /** Late first, then due within 24 h, then the rest by due instant; the view's order breaks ties. */
    static Comparator<ObligationRow> boardOrder(Instant now) {
        return Comparator.<ObligationRow, Urgency>comparing(obligation -> of(obligation, now))
                .thenComparing(ObligationRow::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
