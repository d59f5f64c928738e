package eu.vigil.local;

import eu.vigil.embedded.Commits;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the local stack runs. Each setting comes from a command-line flag, else an environment variable, else a
 * default: {@code --data-dir} / VIGIL_DATA_DIR, {@code --postgres-port} / VIGIL_POSTGRES_PORT, and so on.
 *
 * @param clean    start from an empty data folder (and load the demo data again)
 * @param demoData load the demo hospitals and incidents at first start
 * @param instances how many instances of each service ({@code --instances} / VIGIL_INSTANCES, 1 to 4, default 1):
 *                  the first on the service's port, the others on free ports, all behind the gateway
 * @param commits  {@link Commits#DURABLE} unless {@code --fast-unsafe-commits} / VIGIL_FAST_UNSAFE_COMMITS=true asks
 *                 for speed over durability (a demo): a single hospital runs this install, and an incident answered
 *                 201 must survive a power cut
 * @param fullJit  the services' JVMs compile with both JIT tiers ({@code --full-jit} / VIGIL_FULL_JIT=true), for
 *                 throughput (the benchmark); by default C1 only, which starts them in seconds on a small machine
 */
public record LocalSettings(Path dataDirectory, boolean clean, boolean demoData, Commits commits, int postgresPort,
                            int kafkaPort, int kafkaControllerPort, int identityPort, int gatewayPort,
                            int commandServicePort, int queryServicePort, int notifierPort, int smtpPort,
                            int mailboxPort, int instances, boolean fullJit) {

    static final int MOST_INSTANCES = 4;

    public LocalSettings {
        if (instances < 1 || instances > MOST_INSTANCES) {
            throw new IllegalArgumentException(instances + " instances: set " + howToSet("instances") + " with N from 1"
                    + " to " + MOST_INSTANCES);
        }
    }

    /** One instance of each service, as the README's run command starts it. */
    public LocalSettings(Path dataDirectory, boolean clean, boolean demoData, Commits commits, int postgresPort,
                         int kafkaPort, int kafkaControllerPort, int identityPort, int gatewayPort,
                         int commandServicePort, int queryServicePort, int notifierPort, int smtpPort,
                         int mailboxPort) {
        this(dataDirectory, clean, demoData, commits, postgresPort, kafkaPort, kafkaControllerPort, identityPort,
                gatewayPort, commandServicePort, queryServicePort, notifierPort, smtpPort, mailboxPort, 1, false);
    }

    public static LocalSettings from(String[] args, Map<String, String> environment) {
        List<String> flags = Arrays.asList(args);
        return new LocalSettings(
                Path.of(setting(flags, environment, "data-dir", ".vigil-local")).toAbsolutePath(),
                flags.contains("--clean"),
                !flags.contains("--no-demo-data"),
                yes(flags, environment, "fast-unsafe-commits") ? Commits.FAST_UNSAFE : Commits.DURABLE,
                port(flags, environment, "postgres-port", 55432),
                port(flags, environment, "kafka-port", 59092),
                port(flags, environment, "kafka-controller-port", 59093),
                port(flags, environment, "identity-port", 9000),
                port(flags, environment, "gateway-port", 8080),
                port(flags, environment, "command-service-port", 8081),
                port(flags, environment, "query-service-port", 8082),
                port(flags, environment, "notifier-port", 8083),
                port(flags, environment, "smtp-port", 3025),
                port(flags, environment, "mailbox-port", 8025),
                number(flags, environment, "instances", 1),
                yes(flags, environment, "full-jit"));
    }

    /** The local identity provider: the OpenID Connect issuer that the gateway and the services trust. */
    public String issuer() {
        return "http://localhost:" + identityPort;
    }

    /** The one address people use. */
    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    /** The page that shows the mail the notifier sent. */
    public String mailboxUrl() {
        return "http://localhost:" + mailboxPort + "/";
    }

    /** The flag and the environment variable that set a setting, for messages. */
    static String howToSet(String setting) {
        return "--" + setting + "=N or " + environmentVariable(setting) + "=N";
    }

    /** A switch: {@code --name}, else VIGIL_NAME=true or false, else off. */
    private static boolean yes(List<String> flags, Map<String, String> environment, String name) {
        if (flags.contains("--" + name)) {
            return true;
        }
        String value = environment.getOrDefault(environmentVariable(name), "false");
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("'" + value + "' is neither true nor false: set "
                    + environmentVariable(name) + "=true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static int number(List<String> flags, Map<String, String> environment, String name, int fallback) {
        return whole(flags, environment, name, fallback, "a number");
    }

    private static int port(List<String> flags, Map<String, String> environment, String name, int fallback) {
        return whole(flags, environment, name, fallback, "a port number");
    }

    private static int whole(List<String> flags, Map<String, String> environment, String name, int fallback,
                             String what) {
        String value = setting(flags, environment, name, Integer.toString(fallback));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not " + what + ": set " + howToSet(name));
        }
    }

    private static String setting(List<String> flags, Map<String, String> environment, String name, String fallback) {
        String prefix = "--" + name + "=";
        return flags.stream().filter(flag -> flag.startsWith(prefix)).map(flag -> flag.substring(prefix.length()))
                .findFirst()
                .orElse(environment.getOrDefault(environmentVariable(name), fallback));
    }

    private static String environmentVariable(String name) {
        return "VIGIL_" + name.toUpperCase().replace('-', '_');
    }
}
