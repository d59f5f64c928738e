package eu.vigil.notifier.mail;

import eu.vigil.notifier.obligation.ObligationRow;
import org.springframework.context.MessageSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The subject and text of a reminder or an escalation, in the hospital's language: what is due, to whom, by when,
 * under which article.
 */
record ReminderMail(String subject, String text, Locale language) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT);

    static ReminderMail reminder(ObligationRow obligation, Duration leadTime, URI board, Texts texts) {
        String span = span(leadTime, texts);
        return new ReminderMail(
                texts.get("mail.reminder.subject", obligation.title(), span, recipient(obligation, texts)),
                body(obligation, texts.get("mail.reminder.headline", obligation.title(),
                        recipient(obligation, texts), span), board, texts), texts.locale());
    }

    static ReminderMail missed(ObligationRow obligation, URI board, Texts texts) {
        return new ReminderMail(texts.get("mail.missed.subject", obligation.title(), recipient(obligation, texts),
                due(obligation.dueAt(), obligation, texts)), body(obligation,
                texts.get("mail.missed.headline", obligation.title(), recipient(obligation, texts)), board, texts),
                texts.locale());
    }

    private static String body(ObligationRow obligation, String headline, URI board, Texts texts) {
        var labels = List.of(texts.get("mail.label.due"), texts.get("mail.label.legalBasis"),
                texts.get("mail.label.incident"), texts.get("mail.label.hospital"));
        int width = labels.stream().mapToInt(String::length).max().orElse(0) + 2; // the values line up
        String legalBasis = texts.get(obligation.baselineFallback() ? "mail.legalBasis.baseline" : "mail.legalBasis",
                obligation.legalBasis(), obligation.jurisdiction());
        return """
                %s

                %s%s
                %s%s
                %s%s
                %s%s
                %s
                %s
                %s
                """.formatted(headline,
                label(labels.get(0), width), due(obligation.dueAt(), obligation, texts),
                label(labels.get(1), width), legalBasis,
                label(labels.get(2), width), obligation.incidentId(),
                label(labels.get(3), width), obligation.hospitalId(),
                obligation.significanceUndecided() ? "\n" + texts.get("mail.undecided") + "\n" : "",
                texts.get("mail.board"), board);
    }

    private static String label(String label, int width) {
        return label + " ".repeat(width - label.length());
    }

    private static String recipient(ObligationRow obligation, Texts texts) {
        return obligation.authority() != null ? obligation.authority()
                : texts.getOr("recipient." + obligation.recipientKind(), obligation.recipientKind().replace('-', ' '));
    }

    private static String due(Instant dueAt, ObligationRow obligation, Texts texts) {
        var local = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", texts.locale());
        // without a profile there is no hospital zone to read it in (the instant is the earliest of the EU's zones)
        var zone = obligation.profileMissing() ? ZoneId.of("UTC") : obligation.timeZone();
        return local.format(dueAt.atZone(zone)) + " (" + UTC.format(dueAt.atOffset(ZoneOffset.UTC))
                + ")";
    }

    private static String span(Duration lead, Texts texts) {
        if (lead.toSecondsPart() != 0 || lead.isZero()) {
            return texts.get("mail.span.seconds", String.valueOf(lead.toSeconds()));
        }
        return lead.toMinutesPart() == 0 ? texts.get("mail.span.hours", String.valueOf(lead.toHours()))
                : texts.get("mail.span.minutes", String.valueOf(lead.toMinutes()));
    }

    /** The notifier's messages in one mail's language. */
    record Texts(MessageSource messages, Locale locale) {

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, lookup());
        }

        String getOr(String key, String fallback) {
            return messages.getMessage(key, null, fallback, lookup());
        }

        // English is the base bundle: asked for "en", which has no bundle of its own, Spring would fall back to the
        // server's default locale first, and a server set to German would mail German to an English hospital
        private Locale lookup() {
            return Locale.ENGLISH.equals(locale) ? Locale.ROOT : locale;
        }
    }
}
