package eu.vigil.notifier.calendar;

import eu.vigil.notifier.obligation.ObligationRow;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Summary;
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
 * Every running deadline as a zero-length event at its due instant (UTC), with its article, in the subscriber's
 * language (its texts carry LANGUAGE, RFC 5545 §3.2.10); an event's UID is the obligation's, so a calendar updates the
 * entry when the due instant moves instead of adding another.
 */
final class CalendarFeed {

    private CalendarFeed() {
    }

    static String of(String name, List<ObligationRow> obligations, URI board,
                     Function<ObligationRow, String> ruleName, CalendarTexts texts) {
        var calendar = new Calendar().withProdId("-//Vigil//Deadlines " + name + "//EN").withDefaults()
                .getFluentTarget();
        obligations.stream().filter(obligation -> obligation.dueAt() != null).forEach(obligation ->
                calendar.add(event(obligation, ruleName.apply(obligation), board, texts)));
        // the outputter escapes TEXT values (RFC 5545 §3.3.11); its folding counts characters, so lines are folded
        // by their octets afterwards
        var unfolded = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, unfolded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ContentLines.fold(unfolded.toString());
    }

    private static VEvent event(ObligationRow obligation, String title, URI board, CalendarTexts texts) {
        String to = obligation.authority() != null ? obligation.authority()
                : texts.getOr("recipient." + obligation.recipientKind(), obligation.recipientKind());
        String summary = texts.get("calendar.event.summary", title, to, obligation.legalBasis());
        String what = texts.get("calendar.event.what", title, to);
        if (obligation.isExercise()) { // a drill's (ADR 0022)
            summary = texts.get("calendar.event.exercise", summary);
            what = texts.get("calendar.event.exercise", what);
        }
        var event = new VEvent(obligation.dueAt(), Duration.ZERO, summary);
        event.replace(new Summary(inLanguage(texts), summary));
        event.add(new Uid(obligation.obligationId() + "@vigil"));
        // when the obligation last changed, not when the feed was fetched: a calendar sees no change where none was
        event.replace(new DtStamp(obligation.updatedAt()));
        event.add(new LastModified(obligation.updatedAt()));
        event.add(new Description(inLanguage(texts), String.join("\n", what,
                texts.get(obligation.baselineFallback() ? "calendar.event.legalBasis.baseline"
                        : "calendar.event.legalBasis", obligation.legalBasis(), obligation.jurisdiction()),
                texts.get("calendar.event.incident", obligation.incidentId().toString()),
                texts.get("calendar.event.status", texts.getOr("status." + obligation.status().code(),
                        obligation.status().code())))
                + (obligation.significanceUndecided() ? "\n" + texts.get("calendar.event.undecided") : "")));
        event.add(new Url(board.resolve("/deadlines/" + obligation.obligationId())));
        return event;
    }

    private static ParameterList inLanguage(CalendarTexts texts) {
        return new ParameterList(List.of(new Language(texts.language())));
    }
}
