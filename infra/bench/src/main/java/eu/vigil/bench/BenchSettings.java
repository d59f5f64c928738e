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
 * @param projectionLag  run W4 instead: appends at a fixed rate, lag to query-service's read model, then an outage
 * @param reads          run W5 instead: a seeded read model of {@code events}, {@code incidents}, {@code hospitals}
 * @param outage         W4: how long query-service is stopped while the appends go on; zero: no outage
 * @param rebuild        run W7 instead: {@code incidents} of 25 events on the topic, rebuilt by query-service
 * @param cert           run the HealthCERT phase instead (issue 16): {@code indicators} shared by {@code hospitals}
 * @param indicators     the HealthCERT phase: indicator sightings seeded, ten per share
 * @param instances      run the instances phase instead (issue 18): reports against one command-service, then two
 * @param reminders      run the reminder-precision phase instead (issue 18) with this many reminders; zero: off
 * @param window         the reminder phase: how long the scheduled instants are spread over
 * @param lead           the reminder phase: from the first incident published to the window's start (the seeding)
 * @param stack          run the whole-stack phase instead (issues 17, 18): the local stack through its gateway,
 *                       one instance of each service, then two
 * @param rate           W4: timeline appends per second (performance.md plans 200)
 * @param eventAppend    run W1 instead: appends through Axon's event store in this JVM beside R1ax, no services
 * @param commandsInProcess run W2 instead: commands through command-service's {@code CommandGateway} in this JVM
 *                       beside R1ax and R2, over {@code incidents} seeded with 50 events each
 */
record BenchSettings(Duration phase, int clients, int rounds, int incidents, Duration warmUp,
                     Optional<Path> serviceJar, Optional<Path> dataParent, boolean notifier,
                     boolean aggregateLoad, boolean projectionLag, boolean reads, Duration outage, int events,
                     int hospitals, boolean rebuild, boolean cert, int indicators, boolean instances,
                     int reminders, Duration window, Duration lead, boolean stack, int rate,
                     boolean eventAppend, boolean commandsInProcess) {

    static final String USAGE = """
            java -jar infra/bench/target/vigil-bench.jar [--seconds=30] [--clients=8] [--rounds=3]
                 [--incidents=200] [--warm-up-seconds=10] [--command-service-jar=<path>] [--data-dir=<folder>]
            java -jar infra/bench/target/vigil-bench.jar --notifier [--incidents=1000] [--data-dir=<folder>]
            java -jar infra/bench/target/vigil-bench.jar --aggregate-load [--data-dir=<folder>]
            java -jar infra/bench/target/vigil-bench.jar --projection-lag [--seconds=300] [--outage-seconds=60] [--rate=200]
            java -jar infra/bench/target/vigil-bench.jar --reads [--events=1000000] [--incidents=100000]
                 [--hospitals=1000] [--seconds=30]
            java -jar infra/bench/target/vigil-bench.jar --rebuild [--incidents=40000]
            java -jar infra/bench/target/vigil-bench.jar --cert [--hospitals=1000] [--indicators=1000000] [--seconds=30]
            java -jar infra/bench/target/vigil-bench.jar --instances [--seconds=30] [--clients=8] [--rounds=3]
            java -jar infra/bench/target/vigil-bench.jar --stack [--seconds=30] [--clients=8] [--rounds=3]
                 [--warm-up-seconds=10] [--data-dir=<folder>]
            java -jar infra/bench/target/vigil-bench.jar --reminders[=10000] [--window-seconds=120]
                 [--lead-seconds=<reminders/50, at least 30>]
            java -jar infra/bench/target/vigil-bench.jar --event-append [--seconds=30] [--clients=8] [--rounds=3]
                 [--warm-up-seconds=10] [--data-dir=<folder>]
            java -jar infra/bench/target/vigil-bench.jar --commands-in-process [--seconds=30] [--clients=8] [--rounds=3]
                 [--incidents=2000] [--warm-up-seconds=10] [--data-dir=<folder>]
            java [-XX:TieredStopAtLevel=1 -Xmx256m -XX:+UseSerialGC] -jar infra/bench/target/vigil-bench.jar --pdf
                 [--renders=30] [--rounds=3]""";

    private static final Set<String> NAMES = Set.of("seconds", "clients", "rounds", "incidents", "warm-up-seconds",
            "command-service-jar", "data-dir", "outage-seconds", "events", "hospitals",
            "indicators", "reminders", "window-seconds", "lead-seconds", "rate");
    private static final Set<String> SWITCHES = Set.of("notifier", "aggregate-load", "projection-lag", "reads",
            "rebuild", "cert", "instances", "reminders", "stack", "event-append", "commands-in-process");

    BenchSettings {
        require(!phase.isNegative() && !phase.isZero(), "--seconds must be at least 1");
        require(clients >= 1, "--clients must be at least 1");
        require(rounds >= 1, "--rounds must be at least 1");
        require(incidents >= 1, "--incidents must be at least 1");
        require(!warmUp.isNegative(), "--warm-up-seconds must not be negative");
        require(!outage.isNegative(), "--outage-seconds must not be negative");
        require(hospitals >= 1 && incidents >= hospitals, "--hospitals must be from 1 to --incidents");
        require(indicators >= 10L * hospitals, "--indicators must be at least ten per hospital");
        require(reminders >= 0, "--reminders must not be negative");
        require(!window.isNegative() && !window.isZero(), "--window-seconds must be at least 1");
        require(!lead.isNegative() && !lead.isZero(), "--lead-seconds must be at least 1");
        require(rate >= 1, "--rate must be at least 1");
        require(events >= 2L * incidents,
                "--events must be at least twice --incidents (a report and a classification each)");
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
        boolean projectionLag = switches.contains("projection-lag");
        boolean reads = switches.contains("reads");
        boolean rebuild = switches.contains("rebuild");
        boolean cert = switches.contains("cert");
        boolean commandsInProcess = switches.contains("commands-in-process");
        int reminders = number(values, "reminders", switches.contains("reminders") ? 10_000 : 0);
        int incidents = number(values, "incidents", notifier ? 1000 : reads ? 100_000 : rebuild ? 40_000
                : cert ? number(values, "indicators", 1_000_000) / 10
                : commandsInProcess ? CommandGatewayPhase.SEEDED_INCIDENTS : 200);
        return new BenchSettings(
                Duration.ofSeconds(number(values, "seconds", projectionLag ? 300 : 30)),
                number(values, "clients", 8),
                number(values, "rounds", 3),
                incidents,
                Duration.ofSeconds(number(values, "warm-up-seconds", 10)),
                Optional.ofNullable(values.get("command-service-jar")).map(Path::of),
                Optional.ofNullable(values.get("data-dir")).map(Path::of),
                notifier,
                switches.contains("aggregate-load"),
                projectionLag,
                reads,
                Duration.ofSeconds(number(values, "outage-seconds", 60)),
                number(values, "events", reads ? 10 * incidents : 2 * incidents),
                number(values, "hospitals", reads ? Math.max(1, incidents / 100) : cert ? 1000 : 1),
                rebuild,
                cert,
                number(values, "indicators", 1_000_000),
                switches.contains("instances"),
                reminders,
                Duration.ofSeconds(number(values, "window-seconds", 120)),
                // a second per 50 incidents, the rate the notifier phase reports at, for the notifier to open them
                Duration.ofSeconds(number(values, "lead-seconds", Math.max(30, reminders / 50))),
                switches.contains("stack"),
                number(values, "rate", ProjectionLagPhase.PLANNED_PER_SECOND),
                switches.contains("event-append"),
                commandsInProcess);
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
