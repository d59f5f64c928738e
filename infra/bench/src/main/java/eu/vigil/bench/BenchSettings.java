package eu.vigil.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command-line flags, each {@code --name=value}.
 *
 * @param phase          how long each measured phase runs: the raw-insert reference, reporting, appending
 * @param clients        concurrent clients (threads for the reference), closed loop
 * @param rounds         how often reference and workload are measured, back to back
 * @param incidents      how many incidents reported in a round take that round's timeline appends; with
 *                       {@code notifier}, how many incidents the notifier phase reports
 * @param warmUp         how long the service is warmed up with each operation before the first round
 * @param serviceJar     command-service's runnable jar; empty: the one the build copied beside this jar
 * @param dataParent     where the temporary data folder is created; empty: the system's temporary folder
 * @param notifier       run the notifier phase instead of the capture rounds: the notifier JVM joins the stack
 */
record BenchSettings(Duration phase, int clients, int rounds, int incidents, Duration warmUp,
                     Optional<Path> serviceJar, Optional<Path> dataParent, boolean notifier,
                     boolean aggregateLoad) {

    static final String USAGE = """
            java -jar infra/bench/target/vigil-bench.jar [--seconds=30] [--clients=8] [--rounds=3]
                 [--incidents=200] [--warm-up-seconds=10] [--command-service-jar=<path>] [--data-dir=<folder>]
            java -jar infra/bench/target/vigil-bench.jar --notifier [--incidents=1000] [--data-dir=<folder>]
            java -jar infra/bench/target/vigil-bench.jar --aggregate-load [--data-dir=<folder>]
            java [-XX:TieredStopAtLevel=1 -Xmx256m -XX:+UseSerialGC] -jar infra/bench/target/vigil-bench.jar --pdf
                 [--renders=30] [--rounds=3]""";

    private static final Set<String> NAMES = Set.of("seconds", "clients", "rounds", "incidents", "warm-up-seconds",
            "command-service-jar", "data-dir");
    private static final Set<String> SWITCHES = Set.of("notifier", "aggregate-load");

    BenchSettings {
        require(!phase.isNegative() && !phase.isZero(), "--seconds must be at least 1");
        require(clients >= 1, "--clients must be at least 1");
        require(rounds >= 1, "--rounds must be at least 1");
        require(incidents >= 1, "--incidents must be at least 1");
        require(!warmUp.isNegative(), "--warm-up-seconds must not be negative");
    }

    /** @throws IllegalArgumentException naming the flag that is unknown or malformed */
    static BenchSettings parse(String... args) {
        var values = new HashMap<String, String>();
        var switches = new HashSet<String>();
        for (String arg : args) {
            if (arg.startsWith("--") && SWITCHES.contains(arg.substring(2))) {
                switches.add(arg.substring(2));
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
            require(NAMES.contains(name), "Unknown argument '" + arg + "'. Usage:\n" + USAGE);
            values.put(name, arg.substring(equals + 1));
        }
        boolean notifier = switches.contains("notifier");
        return new BenchSettings(
                Duration.ofSeconds(number(values, "seconds", 30)),
                number(values, "clients", 8),
                number(values, "rounds", 3),
                number(values, "incidents", notifier ? 1000 : 200),
                Duration.ofSeconds(number(values, "warm-up-seconds", 10)),
                Optional.ofNullable(values.get("command-service-jar")).map(Path::of),
                Optional.ofNullable(values.get("data-dir")).map(Path::of),
                notifier,
                switches.contains("aggregate-load"));
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
