package eu.vigil.command.drill.web;

import eu.vigil.command.drill.scenario.ScenarioCatalogue;

import java.util.List;
import java.util.Locale;

/** A shipped scenario as the start form offers it, in the page's language. */
record ScenarioChoice(String id, String title, String description) {

    static List<ScenarioChoice> all(ScenarioCatalogue scenarios, Locale locale) {
        return scenarios.all().stream().map(scenario -> new ScenarioChoice(scenario.id(),
                scenario.title().in(locale), scenario.description().in(locale))).toList();
    }
}
