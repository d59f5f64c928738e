package eu.vigil.notifier.calendar;

import eu.vigil.ui.Languages;
import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The feed's words in one of the seven languages of the pages, from the notifier's bundles.
 *
 * @param language an ISO 639-1 code of {@link #LANGUAGES}
 */
record CalendarTexts(MessageSource messages, String language) {

    /** The languages the bundles translate, the only ones a feed is written in. */
    static final List<String> LANGUAGES = Languages.CODES;

    CalendarTexts {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("The calendar feed is not written in " + language);
        }
    }

    /** The locale's language when the feed is written in it; empty for any other. */
    static Optional<String> supported(Locale locale) {
        return Optional.ofNullable(locale).map(Locale::getLanguage).filter(LANGUAGES::contains);
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, lookup());
    }

    String getOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, lookup());
    }

    // English is the base bundle: asked for "en", which has no bundle of its own, Spring would fall back to the
    // server's default locale first (as ReminderMail.Texts avoids too)
    private Locale lookup() {
        return "en".equals(language) ? Locale.ROOT : locale();
    }
}
