package eu.vigil.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus names of the meters Vigil's code registers ({@code Gauge}, {@code Counter} or {@code Timer} builders
 * named by a literal or a constant), read from every module's main sources, with the framework's meters the
 * dashboard and the alerts use.
 */
final class RegisteredMetrics {

    /**
     * Spring Boot's request timer, and Kafka's consumer lag that Spring Boot binds for the consumers it builds
     * (query-service's ProjectionMetricsIT sees it on /actuator/prometheus).
     */
    static final Set<String> FRAMEWORK = Set.of("http_server_requests_seconds_count", "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max", "kafka_consumer_fetch_manager_records_lag_max");

    private static final Pattern BUILDER =
            Pattern.compile("\\b(Gauge|Counter|Timer)\\.builder\\(\\s*(\"[^\"]+\"|[A-Za-z_][\\w.]*)");
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+)\\s*=\\s*\"([^\"]+)\"");

    private RegisteredMetrics() {
    }

    static Set<String> prometheusNames() {
        var sources = mainSources();
        var constants = new HashMap<String, String>();
        sources.values().forEach(source -> CONSTANT.matcher(source).results()
                .forEach(constant -> constants.put(constant.group(1), constant.group(2))));
        var names = new TreeSet<>(FRAMEWORK);
        sources.forEach((file, source) -> BUILDER.matcher(source).results().forEach(builder -> {
            String argument = builder.group(2);
            String constantName = argument.substring(argument.lastIndexOf('.') + 1);
            String name = argument.startsWith("\"") ? argument.substring(1, argument.length() - 1)
                    : constants.get(constantName);
            if (name == null) {
                throw new IllegalStateException("No constant " + argument + " for the meter built in " + file);
            }
            String base = name.replaceAll("[.\\-]", "_");
            switch (builder.group(1)) {
                case "Gauge" -> names.add(base);
                case "Counter" -> names.add(base + "_total");
                default -> names.addAll(Set.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max"));
            }
        }));
        return names;
    }

    private static Map<Path, String> mainSources() {
        try (Stream<Path> files = Files.walk(Repository.ROOT)) {
            var sources = new HashMap<Path, String>();
            for (Path file : files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().contains("/src/main/java/"))
                    .filter(file -> !file.toString().contains("/target/")).toList()) {
                sources.put(file, Files.readString(file));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
