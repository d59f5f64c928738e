package eu.vigil.command.drill.scenario;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.drill.ScriptedInject;

import java.util.List;

/**
 * A drill's script: what happens, in order, from the drill's start.
 *
 * @param id       kebab-case, unique among the shipped scenarios, e.g. {@code ransomware-pacs}
 * @param category the RSIT category the incident would be reported under
 * @param injects  in the order of their offsets
 */
public record Scenario(String id, Translations title, Translations description, RsitCategory category,
                       List<Inject> injects) {

    /** The injects and their expectations as a drill's start records them, so that its report scores what it showed. */
    public List<ScriptedInject> script() {
        return injects.stream().map(Inject::scripted).toList();
    }
}
