package eu.vigil.bench;

import eu.vigil.command.CommandServiceApplication;
import eu.vigil.command.hospital.Hospital;
import eu.vigil.command.hospital.HospitalDirectory;
import eu.vigil.command.incident.web.IncidentCommands;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.publication.ParkingPublisher;
import eu.vigil.testsupport.TestTokens;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * command-service's Spring application started in this JVM from its plain jar (a dependency of the benchmark), on
 * the run's PostgreSQL and broker, with its own {@code application.yml}, Flyway migrations and auto-configurations:
 * the same beans as in its own JVM (Axon's command bus and gateway, the Incident aggregate and its cache, the request
 * keys, the Kafka publication processor), but no web server. The benchmark's other dependencies (the notifier's jar,
 * consumer-kit, db-scheduler) bring a second {@code application.yml}, migrations and auto-configurations of their own,
 * which are kept out.
 */
final class InProcessCommandService implements AutoCloseable {

    /** Auto-configurations on the benchmark's class path that are not on command-service's. */
    private static final List<String> NOT_COMMAND_SERVICE = List.of(
            "eu.vigil.consumer.ConsumerErrorHandlingAutoConfiguration",
            "eu.vigil.consumer.drill.DrillKeyringAutoConfiguration",
            "eu.vigil.correlation.CorrelationAutoConfiguration",
            "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration",
            "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerMetricsAutoConfiguration",
            "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerActuatorAutoConfiguration");
    private static final String CACHE_PROPERTY = "vigil.incident-cache.enabled";
    /** OpenTelemetry's SDK logs through java.util.logging, at INFO when a context closes; held, so it stays set. */
    private static final Logger OPEN_TELEMETRY = Logger.getLogger("io.opentelemetry");

    private final ConfigurableApplicationContext context;
    private final Cache cache;

    private InProcessCommandService(ConfigurableApplicationContext context, boolean cached) {
        this.context = context;
        this.cache = context.getBean("incidentCache", Cache.class);
        if (!cached && !(cache instanceof NoCache)) {
            context.close();
            throw new IllegalStateException("command-service kept its incident cache (" + cache.getClass().getName()
                    + ") with " + CACHE_PROPERTY + "=false: its jar predates that property; build with -am");
        }
    }

    /**
     * @param cached whether the incident cache is command-service's own ({@code true}) or switched off, so that every
     *               command loads its incident from the event store
     * @param folder where command-service's migrations are copied for Flyway
     */
    static InProcessCommandService start(BenchStack stack, boolean cached, Path folder) throws IOException {
        // Spring Boot would reconfigure logging (JUL here, as Logback is not on the class path): slf4j-simple stays
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        OPEN_TELEMETRY.setLevel(Level.WARNING);
        URL configuration = ownResource("application.yml");
        Path migrations = copyMigrations(configuration, folder);
        var arguments = new ArrayList<>(List.of(
                "--spring.config.location=" + configuration,
                "--spring.flyway.locations=filesystem:" + migrations,
                "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--spring.autoconfigure.exclude=" + String.join(",", NOT_COMMAND_SERVICE),
                "--spring.datasource.url=" + stack.jdbcUrl(),
                "--spring.datasource.username=" + stack.username(),
                "--spring.datasource.password=" + stack.password(),
                "--spring.kafka.bootstrap-servers=" + stack.bootstrapServers(),
                "--" + CACHE_PROPERTY + "=" + cached));
        TestTokens.trustProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        var context = new SpringApplicationBuilder(CommandServiceApplication.class)
                .registerShutdownHook(false) // closed by the phase, before the stack
                .run(arguments.toArray(String[]::new));
        return new InProcessCommandService(context, cached);
    }

    /** As an administrator's {@code PUT /api/hospitals/{id}} does. */
    void registerHospital(String hospital) {
        context.getBean(HospitalDirectory.class).save(new Hospital(HospitalId.of(hospital), "Benchmark hospital", "BE",
                ZoneId.of("Europe/Brussels"), Locale.forLanguageTag("nl")));
    }

    /** What the REST controllers send commands through: the gateway, with the user's actor, hospital and request. */
    IncidentCommands commands() {
        return context.getBean(IncidentCommands.class);
    }

    /** Whether the incident cache holds this incident now, so that a command sent next would find it there. */
    boolean caches(IncidentId incident) {
        return cache.containsKey(incident.toString());
    }

    /** The Kafka publication's position: the global index of the last event it published, or -1. */
    long publishedUpTo() {
        var processor = context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(ParkingPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No processor " + ParkingPublisher.PROCESSING_GROUP));
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(-1))
                .min().orElse(-1);
    }

    /** Waits until the Kafka publication has published every event up to {@code globalIndex}. */
    Duration awaitPublished(long globalIndex, Duration timeout) throws InterruptedException {
        long began = System.nanoTime();
        long deadline = began + timeout.toNanos();
        while (publishedUpTo() < globalIndex) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The Kafka publication reached " + publishedUpTo() + " of "
                        + globalIndex + " within " + timeout.toSeconds() + " s");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    @Override
    public void close() {
        context.close();
    }

    /** command-service's own copy of a resource that the notifier's jar holds under the same name. */
    private static URL ownResource(String name) throws IOException {
        List<URL> candidates = Collections.list(InProcessCommandService.class.getClassLoader().getResources(name));
        return candidates.stream().filter(url -> url.toString().contains("/command-service-")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + name + " of command-service's jar among "
                        + candidates));
    }

    /**
     * Flyway's {@code classpath:db/migration} would find the notifier's migrations beside command-service's: the
     * latter are copied out of command-service's jar, next to whose {@code application.yml} they are.
     */
    private static Path copyMigrations(URL configuration, Path folder) throws IOException {
        Path migrations = Files.createDirectories(folder.resolve("command-service-migrations"));
        var connection = (JarURLConnection) configuration.openConnection();
        connection.setUseCaches(false); // a jar of its own to close, not the class loader's
        try (var jar = connection.getJarFile()) {
            var entries = Collections.list(jar.entries());
            for (var entry : entries) {
                String name = entry.getName();
                if (name.startsWith("db/migration/") && name.endsWith(".sql")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, migrations.resolve(name.substring("db/migration/".length())),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return migrations;
    }
}
