package eu.vigil.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The real PostgreSQL and Kafka of this test JVM, started once on first use: Testcontainers where a Docker
 * engine answers, the embedded servers otherwise. {@code VIGIL_TEST_INFRA=embedded|containers} forces a choice.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static TestInfrastructure shared;
    private static RuntimeException failedStart;

    private final Servers servers;

    private TestInfrastructure(Servers servers) {
        this.servers = servers;
    }

    /** Starts the servers once per test JVM (lazily, thread-safe); they stop in a JVM shutdown hook. */
    public static synchronized TestInfrastructure shared() {
        if (failedStart != null) {
            // one slow failure is enough: later test classes fail at once with the same cause
            throw new IllegalStateException("The test servers did not start earlier in this JVM", failedStart);
        }
        if (shared == null) {
            long started = System.nanoTime();
            try {
                Servers servers = useContainers() ? ContainerServers.start() : EmbeddedServers.start();
                log.info("Test infrastructure: {}, up in {} ms", servers.description(),
                        (System.nanoTime() - started) / 1_000_000);
                shared = new TestInfrastructure(servers);
            } catch (RuntimeException e) {
                failedStart = e;
                throw e;
            }
        }
        return shared;
    }

    public String kafkaBootstrapServers() {
        return servers.kafkaBootstrapServers();
    }

    /** Creates a fresh, empty database named after the hint. */
    public TestDatabase createDatabase(String hint) {
        String name = sanitised(hint) + "_" + suffix();
        try (var connection = DriverManager.getConnection(servers.jdbcUrl("postgres"), servers.username(),
                servers.password()); var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return new TestDatabase(servers.jdbcUrl(name), servers.username(), servers.password());
    }

    /**
     * Properties that isolate one test: a fresh database, unique topic names and a unique consumer group. Each
     * call returns a new isolation. They also make a service trust the tokens of {@link TestTokens}.
     */
    public Map<String, Object> isolatedProperties(String hint) {
        TestDatabase database = createDatabase(hint);
        String suffix = sanitised(hint).replace('_', '-') + "-" + suffix();
        var properties = new HashMap<String, Object>(TestTokens.trustProperties());
        properties.putAll(Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "spring.kafka.bootstrap-servers", kafkaBootstrapServers(),
                "vigil.topics.incident-events", "vigil.incident-events." + suffix,
                "vigil.topics.incident-shares", "vigil.incident-shares." + suffix,
                "vigil.topics.notification-events", "vigil.notification-events." + suffix,
                "vigil.topics.drill-events", "vigil.drill-events." + suffix,
                "vigil.topics.drill-shares", "vigil.drill-shares." + suffix,
                "spring.kafka.consumer.group-id", "it-" + suffix));
        // a module's test contexts stay cached side by side, each with its pool: an idle one keeps a single
        // connection, so that thirty of them stay within the server's max_connections (300)
        properties.put("vigil.topics.drill-keys", "vigil.drill-keys." + suffix);
        properties.put("spring.datasource.hikari.minimum-idle", 1);
        properties.put("spring.datasource.hikari.idle-timeout", 10_000);
        return Map.copyOf(properties);
    }

    private static boolean useContainers() {
        String forced = System.getenv("VIGIL_TEST_INFRA");
        if (forced != null && !forced.isBlank()) {
            return switch (forced.trim()) {
                case "embedded" -> false;
                case "containers" -> true;
                default -> throw new IllegalArgumentException(
                        "VIGIL_TEST_INFRA=" + forced + ": use embedded, containers, or leave it unset");
            };
        }
        // Probing Docker without an engine in sight costs seconds of retries: look for one first.
        boolean engineInSight = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"));
        return engineInSight && DockerClientFactory.instance().isDockerAvailable();
    }

    private static String sanitised(String hint) {
        String name = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        name = name.isEmpty() || Character.isDigit(name.charAt(0)) ? "t_" + name : name;
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
