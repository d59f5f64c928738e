package eu.vigil.command.drill.scenario;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped drill scenarios, read once at start from {@code drill/scenarios/*.json} on the class path. A bad file
 * stops the start, named with a JSON pointer to what is wrong in it ({@link InvalidScenarioException}).
 */
@Component
public class ScenarioCatalogue {

    static final String LOCATION = "classpath*:drill/scenarios/*.json";

    private final Map<String, Scenario> scenarios;
    private final List<Scenario> ordered;

    public ScenarioCatalogue() {
        this(shippedFiles());
    }

    ScenarioCatalogue(List<Resource> files) {
        var byId = new LinkedHashMap<String, Scenario>();
        files.stream().sorted(Comparator.comparing(Resource::getFilename)).forEach(file -> {
            Scenario scenario = ScenarioFiles.read(file);
            if (byId.putIfAbsent(scenario.id(), scenario) != null) {
                throw new InvalidScenarioException(file.getFilename(), "/id",
                        "is '" + scenario.id() + "', which another scenario file already uses", null);
            }
        });
        this.scenarios = Map.copyOf(byId);
        this.ordered = List.copyOf(byId.values());
    }

    /** Every scenario, in the order of their file names. */
    public List<Scenario> all() {
        return ordered;
    }

    /** The scenario of that id; empty for an unknown id and for none (null). */
    public Optional<Scenario> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(scenarios.get(id));
    }

    private static List<Resource> shippedFiles() {
        try {
            return Arrays.asList(new PathMatchingResourcePatternResolver().getResources(LOCATION));
        } catch (IOException e) {
            throw new UncheckedIOException("The drill scenarios in " + LOCATION + " cannot be listed", e);
        }
    }
}
