package eu.vigil.command.drill.scenario;

import eu.vigil.contracts.drill.ScriptedInject;

import java.time.Duration;
import java.util.List;

/**
 * What the participants learn at one moment of the drill.
 *
 * @param offset       from the drill's start, 0 to {@link ScenarioChecks#LATEST_INJECT}, in the drill's own time (an
 *                     accelerated drill shows it sooner)
 * @param expectations what someone should do after learning it; empty when it only sets the scene
 */
public record Inject(Duration offset, Translations text, List<Expectation> expectations) {

    /** As a drill's start records it. */
    ScriptedInject scripted() {
        return new ScriptedInject(offset, text.byLanguage(),
                expectations.stream().map(Expectation::scripted).toList());
    }
}
