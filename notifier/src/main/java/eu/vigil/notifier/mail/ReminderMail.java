package eu.vigil.notifier.mail;

import eu.vigil.notifier.obligation.ObligationRow;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The subject and text of a reminder or an escalation: what is due, to whom, by when, under which article. */
record ReminderMail(String subject, String text) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH);

    static ReminderMail reminder(ObligationRow obligation, Duration leadTime, URI board) {
        return new ReminderMail("[Vigil] " + obligation.title() + " due in " + span(leadTime) + " ("
                + recipient(obligation) + ")", body(obligation, "is due in " + span(leadTime) + ".", board));
    }

    static ReminderMail missed(ObligationRow obligation, URI board) {
        return new ReminderMail("[Vigil] LATE: " + obligation.title() + " to " + recipient(obligation)
                + " was due " + due(obligation.dueAt(), obligation), body(obligation,
                "was not submitted by its due instant and is now late. When it is submitted, the reasons for the "
                        + "delay must accompany it (GDPR Art. 33(1)).", board));
    }

    private static String body(ObligationRow obligation, String what, URI board) {
        return """
                %s to %s %s

                Due:          %s
                Legal basis:  %s (%s rules%s)
                Incident:     %s
                Hospital:     %s
                %s
                Open the deadline board to record the submission or a reasoned decision not to notify:
                %s
                """.formatted(obligation.title(), recipient(obligation), what,
                due(obligation.dueAt(), obligation), obligation.legalBasis(), obligation.jurisdiction(),
                obligation.baselineFallback() ? ", EU baseline: no national variant encoded" : "",
                obligation.incidentId(), obligation.hospitalId(),
                obligation.significanceUndecided() ? "\nSignificance is not decided yet: the NIS2 clock runs anyway.\n"
                        : "", board);
    }

    private static String recipient(ObligationRow obligation) {
        return obligation.authority() != null ? obligation.authority() : obligation.recipientKind().replace('-', ' ');
    }

    private static String due(Instant dueAt, ObligationRow obligation) {
        return LOCAL.format(dueAt.atZone(obligation.timeZone())) + " (" + UTC.format(dueAt.atOffset(ZoneOffset.UTC))
                + ")";
    }

    private static String span(Duration lead) {
        if (lead.toSecondsPart() != 0 || lead.isZero()) {
            return lead.toSeconds() + " s";
        }
        return lead.toMinutesPart() == 0 ? lead.toHours() + " h" : lead.toMinutes() + " min";
    }
}
