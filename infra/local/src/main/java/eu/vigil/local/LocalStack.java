package eu.vigil.local;

import eu.vigil.embedded.KafkaServer;
import eu.vigil.embedded.Ports;
import eu.vigil.embedded.PostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's run command: embedded PostgreSQL and Kafka, then command-service, query-service and notifier in
 * their own JVMs, demo data at first start, and a block that says where everything is. Ctrl-C stops it all.
 */
public final class LocalStack {

    static final String DATABASE = "vigil";
    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(180);

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        var settings = LocalSettings.from(args, System.getenv());
        RunningStack stack;
        try {
            stack = start(settings, serviceJarsNextToThisJar());
        } catch (RuntimeException e) {
            System.err.println("\nVigil did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        stack.closeAtExit();
        Banner.print(stack, Duration.ofNanos(System.nanoTime() - started));
        Thread.currentThread().join(); // run until Ctrl-C; the shutdown hook stops everything
    }

    /** Starts the whole stack; on any failure stops what had started and rethrows. */
    public static RunningStack start(LocalSettings settings, Path serviceJars) throws IOException, InterruptedException {
        requireFreeServicePorts(settings);
        DataFolder folder = DataFolder.prepare(settings.dataDirectory(), settings.clean());
        PostgresServer postgres = null;
        KafkaServer kafka = null;
        var services = new ArrayList<ServiceProcess>();
        try {
            postgres = PostgresServer.start(folder.postgres(), settings.postgresPort(),
                    "set " + LocalSettings.howToSet("postgres-port"));
            postgres.createDatabaseIfMissing(DATABASE);
            kafka = startKafka(settings);
            for (var service : List.of(
                    new Service("command-service", settings.commandServicePort()),
                    new Service("query-service", settings.queryServicePort()),
                    new Service("notifier", settings.notifierPort()))) {
                services.add(ServiceProcess.launch(service.name(), serviceJars.resolve(service.name() + ".jar"),
                        service.port(), folder.log(service.name()), serviceArguments(postgres, kafka)));
            }
            for (var service : services) {
                service.awaitReady(SERVICE_START_TIMEOUT);
            }
            var stack = new RunningStack(settings, postgres, kafka, services);
            if (settings.demoData() && !folder.demoDataLoaded()) {
                new DemoData(stack.commandServiceUrl()).load();
                folder.markDemoDataLoaded();
            }
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            services.forEach(ServiceProcess::close);
            if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    static KafkaServer startKafka(LocalSettings settings) {
        return KafkaServer.start(DataFolder.kafka(settings.dataDirectory()), settings.kafkaPort(),
                settings.kafkaControllerPort(), "set " + LocalSettings.howToSet("kafka-port") + " and "
                        + LocalSettings.howToSet("kafka-controller-port"));
    }

    private static void requireFreeServicePorts(LocalSettings settings) {
        Ports.requireFree(settings.commandServicePort(), "command-service",
                "set " + LocalSettings.howToSet("command-service-port"));
        Ports.requireFree(settings.queryServicePort(), "query-service",
                "set " + LocalSettings.howToSet("query-service-port"));
        Ports.requireFree(settings.notifierPort(), "notifier", "set " + LocalSettings.howToSet("notifier-port"));
    }

    private static List<String> serviceArguments(PostgresServer postgres, KafkaServer kafka) {
        return List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
    }

    /** target/services, where the build copies the services' runnable jars beside target/vigil-local.jar. */
    static Path serviceJarsNextToThisJar() {
        // java -jar puts exactly this jar on the class path
        Path self = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]).toAbsolutePath();
        Path services = self.resolveSibling("services");
        if (!Files.isDirectory(services)) {
            throw new IllegalStateException("No service jars in " + services + ": build them first with "
                    + "./mvnw -q -DskipTests package");
        }
        return services;
    }

    private record Service(String name, int port) {
    }
}
