package eu.vigil.notifier.calendar;

import eu.vigil.notifier.obligation.ObligationRow;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Every running deadline as a zero-length event at its due instant (UTC), with its article; an event's UID is the
 * obligation's, so a calendar updates the entry when the due instant moves instead of adding another.
 */
final class CalendarFeed {

    private CalendarFeed() {
    }

    static String of(String name, List<ObligationRow> obligations, URI board,
                     Function<ObligationRow, String> ruleName) {
        var calendar = new Calendar().withProdId("-//Vigil//Deadlines " + name + "//EN").withDefaults()
                .getFluentTarget();
        obligations.stream().filter(obligation -> obligation.dueAt() != null).forEach(obligation ->
                calendar.add(event(obligation, ruleName.apply(obligation), board)));
        // the outputter folds content lines (RFC 5545 §3.1: at most 75 octets), which toString() does not
        var folded = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, folded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folded.toString();
    }

    private static VEvent event(ObligationRow obligation, String title, URI board) {
        String to = obligation.authority() != null ? obligation.authority() : obligation.recipientKind();
        String exercise = obligation.isExercise() ? "[EXERCISE] " : ""; // a drill's (ADR 0022)
        var event = new VEvent(obligation.dueAt(), Duration.ZERO, exercise + "Due: " + title + " to " + to
                + " (" + obligation.legalBasis() + ")");
        event.add(new Uid(obligation.obligationId() + "@vigil"));
        // when the obligation last changed, not when the feed was fetched: a calendar sees no change where none was
        event.replace(new DtStamp(obligation.updatedAt()));
        event.add(new LastModified(obligation.updatedAt()));
        event.add(new Description(exercise + title + " to " + to + "\nLegal basis: " + obligation.legalBasis()
                + " (" + obligation.jurisdiction() + (obligation.baselineFallback() ? ", EU baseline" : "") + ")"
                + "\nIncident: " + obligation.incidentId() + "\nStatus: " + obligation.status().code()
                + (obligation.significanceUndecided() ? "\nSignificance not decided: the NIS2 clock runs." : "")));
        event.add(new Url(board.resolve("/deadlines/" + obligation.obligationId())));
        return event;
    }
}
