package eu.vigil.notifier.mail;

import eu.vigil.notifier.hospital.HospitalProfile;

import java.util.Locale;
import java.util.Map;

/**
 * The language a hospital's mail is written in (and its calendar feed, unless the subscriber chose another). A
 * profile names no language, so it is its country's when the country has one that the bundles translate; a country
 * of several languages (Belgium, Luxembourg, Switzerland), any other, and a hospital without a profile read English.
 */
public final class MailLanguage {

    private static final Map<String, Locale> OF_COUNTRY = Map.of(
            "FR", Locale.FRENCH, "NL", Locale.forLanguageTag("nl"), "DE", Locale.GERMAN, "AT", Locale.GERMAN,
            "ES", Locale.forLanguageTag("es"), "IT", Locale.ITALIAN, "PT", Locale.forLanguageTag("pt"));

    private MailLanguage() {
    }

    public static Locale of(HospitalProfile profile) {
        return profile.country() == null ? Locale.ENGLISH
                : OF_COUNTRY.getOrDefault(profile.country().toUpperCase(Locale.ROOT), Locale.ENGLISH);
    }
}
