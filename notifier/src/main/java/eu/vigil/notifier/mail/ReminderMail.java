package eu.vigil.notifier.mail;

import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.rules.RecipientKind;
import eu.vigil.notifier.rules.RuleNames;
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
 * The subject and text of a reminder or an escalation, in the hospital's language: what is due (the rule's name in
 * that language), to which authority, by when in the hospital's time and in UTC, under which article, and where
 * its draft is. A drill's (ADR 0022) says EXERCISE at the start of the subject and in the first line.
 */
record ReminderMail(String subject, String text, Locale language) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
    private static final List<String> AUTHORITIES = List.of(RecipientKind.CSIRT.code(),
            RecipientKind.DATA_PROTECTION_AUTHORITY.code());

    static ReminderMail reminder(ObligationRow obligation, Duration leadTime, URI board, Texts texts) {
        String span = span(leadTime, texts);
        String name = name(obligation, texts);
        return new ReminderMail(
                subject(obligation, texts.get("mail.reminder.subject", name, span, recipient(obligation, texts)),
                        texts),
                body(obligation, texts.get("mail.reminder.headline", name, recipient(obligation, texts), span),
                        board, texts), texts.locale());
    }

    static ReminderMail missed(ObligationRow obligation, URI board, Texts texts) {
        String name = name(obligation, texts);
        return new ReminderMail(subject(obligation, texts.get("mail.missed.subject", name,
                recipient(obligation, texts), due(obligation.dueAt(), obligation, texts)), texts), body(obligation,
                texts.get("mail.missed.headline", name, recipient(obligation, texts)), board, texts),
                texts.locale());
    }

    private static String subject(ObligationRow obligation, String subject, Texts texts) {
        return obligation.isExercise() ? texts.get("mail.exercise.subject", subject) : subject;
    }

    private static String body(ObligationRow obligation, String headline, URI board, Texts texts) {
        String exercise = obligation.isExercise() ? texts.get("mail.exercise.headline") + "\n\n" : "";
        return exercise + facts(obligation, headline, board, texts);
    }

    private static String facts(ObligationRow obligation, String headline, URI board, Texts texts) {
        var labels = List.of(texts.get("mail.label.recipient"), texts.get("mail.label.due"),
                texts.get("mail.label.legalBasis"), texts.get("mail.label.incident"),
                texts.get("mail.label.hospital"));
        int width = labels.stream().mapToInt(String::length).max().orElse(0) + 2; // the values line up
        String legalBasis = texts.get(obligation.baselineFallback() ? "mail.legalBasis.baseline" : "mail.legalBasis",
                obligation.legalBasis(), obligation.jurisdiction());
        return """
                %s

                %s%s
                %s%s
                %s%s
                %s%s
                %s%s
                %s
                %s
                %s

                %s
                %s
                """.formatted(headline,
                label(labels.get(0), width), authority(obligation, texts),
                label(labels.get(1), width), due(obligation.dueAt(), obligation, texts),
                label(labels.get(2), width), legalBasis,
                label(labels.get(3), width), obligation.incidentId(),
                label(labels.get(4), width), obligation.hospitalId(),
                obligation.significanceUndecided() ? "\n" + texts.get("mail.undecided") + "\n" : "",
                texts.get("mail.draft"), draft(board, obligation),
                texts.get("mail.board"), board);
    }

    private static String label(String label, int width) {
        return label + " ".repeat(width - label.length());
    }

    private static String name(ObligationRow obligation, Texts texts) {
        return texts.getOr(RuleNames.KEY_PREFIX + obligation.ruleId(), obligation.title());
    }

    /** The obligation's draft page, beside the board the mail links to: {@code <board>/{obligationId}/draft}. */
    static URI draft(URI board, ObligationRow obligation) {
        String base = board.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + obligation.obligationId() + "/draft");
    }

    // only an authority can be missing from the profile: data subjects and the internal register are no authority
    private static String authority(ObligationRow obligation, Texts texts) {
        if (obligation.authority() != null) {
            return obligation.authority();
        }
        String kind = texts.getOr("recipient." + obligation.recipientKind(), obligation.recipientKind());
        return AUTHORITIES.contains(obligation.recipientKind()) ? texts.get("mail.authority.missing", kind) : kind;
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
