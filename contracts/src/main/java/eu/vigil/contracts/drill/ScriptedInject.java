package eu.vigil.contracts.drill;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One inject of the drill's scenario as it was when the drill started, so that its report scores what the
 * participants were shown even after the shipped scenario changes.
 *
 * @param offset       from the drill's start in the scenario's time; the drill releases it after offset / scale
 * @param text         by ISO 639-1 language code, the seven languages of the pages
 * @param expectations what someone should do after it; empty when it only sets the scene
 */
public record ScriptedInject(Duration offset, Map<String, String> text, List<ScriptedExpectation> expectations) {

    public ScriptedInject {
        Objects.requireNonNull(offset, "offset");
        text = Map.copyOf(text);
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
    }
}
