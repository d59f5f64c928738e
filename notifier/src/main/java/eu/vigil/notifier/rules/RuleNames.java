package eu.vigil.notifier.rules;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * A rule's name in the reader's language, from the bundle key {@code rule.<id>}: the same id means the same
 * obligation in every rule file, and a rule file's title is in its country's language (de-nis2.yml is German).
 * The title stays the fallback for a key that is missing, which RuleNamesTest prevents for the shipped files.
 */
@Component
public class RuleNames {

    public static final String KEY_PREFIX = "rule.";

    private final MessageSource messages;

    public RuleNames(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String ruleId, String title, Locale locale) {
        // English is the base bundle: asked for "en", Spring would try the server's default locale before it
        Locale lookup = locale == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ROOT
                : locale;
        return messages.getMessage(KEY_PREFIX + ruleId, null, title, lookup);
    }
}
