package eu.vigil.command.drill.web;

import eu.vigil.command.drill.scenario.Expectation;
import eu.vigil.command.drill.scenario.Inject;
import eu.vigil.command.drill.scenario.Scenario;
import eu.vigil.command.drill.scenario.Translations;
import eu.vigil.contracts.RsitCategory;

import java.util.List;
import java.util.Locale;

/**
 * A scenario in one language.
 *
 * @param language ISO 639-1 code of the language its texts are in
 */
record ScenarioResponse(String id, String language, String title, String description, RsitCategory category,
                        List<InjectResponse> injects) {

    /**
     * @param offset       ISO 8601 duration from the drill's start, in the drill's own time
     * @param expectations {@code by} is an ISO 8601 duration after the inject, or {@code LAW}
     */
    record InjectResponse(String offset, String text, List<Expectation> expectations) {
    }

    static ScenarioResponse of(Scenario scenario, Locale locale) {
        String language = Translations.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        Locale in = Locale.forLanguageTag(language);
        return new ScenarioResponse(scenario.id(), language, scenario.title().in(in), scenario.description().in(in),
                scenario.category(), scenario.injects().stream().map(inject -> inject(inject, in)).toList());
    }

    private static InjectResponse inject(Inject inject, Locale in) {
        return new InjectResponse(inject.offset().toString(), inject.text().in(in), inject.expectations());
    }
}
