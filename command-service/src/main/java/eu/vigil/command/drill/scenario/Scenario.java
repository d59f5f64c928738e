package eu.vigil.command.drill.scenario;

import eu.vigil.contracts.RsitCategory;

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
}
