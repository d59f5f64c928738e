package eu.vigil.command.drill.scenario;

import eu.vigil.ui.Languages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One text in each of the seven languages a scenario is written in; every one is required. */
public record Translations(String en, String fr, String nl, String de, String es, String it, String pt) {

    /** ISO 639-1 codes, in the order of the record's components (and of the JSON files). */
    public static final List<String> LANGUAGES = Languages.CODES;

    /** Each language's text by its code, in {@link #LANGUAGES} order; a missing text is null. */
    public Map<String, String> byLanguage() {
        var texts = new LinkedHashMap<String, String>();
        for (String language : LANGUAGES) {
            texts.put(language, switch (language) {
                case "en" -> en;
                case "fr" -> fr;
                case "nl" -> nl;
                case "de" -> de;
                case "es" -> es;
                case "it" -> it;
                default -> pt;
            });
        }
        return texts;
    }

    /** The text in the locale's language, in English for a language the scenarios are not written in. */
    public String in(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return byLanguage().getOrDefault(language, en);
    }
}
