package eu.vigil.local;

import eu.vigil.embedded.KafkaServer;
import eu.vigil.embedded.Ports;
import eu.vigil.embedded.PostgresServer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The README's run command: embedded PostgreSQL and Kafka, then the identity provider, the three services and
 * the gateway in their own JVMs, demo data at first start, and a block that says where everything is. Ctrl-C
 * stops it all.
 */
public final class LocalStack {

    static final String DATABASE = "vigil";
    /** The sector CERT's mailbox in the local mail server: campaign alerts arrive there. */
    static final String CERT_MAILBOX = "cert@healthcert.example";
    // a busy two-core machine starting every JVM at once, with the full JIT, took up to three minutes for one
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

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
    public static RunningStack start(LocalSettings settings, Path jars) throws IOException, InterruptedException {
        requireFreePorts(settings);
        DataFolder folder = DataFolder.prepare(settings.dataDirectory(), settings.clean());
        var directory = Directory.loadOrCreate(folder.identity().resolve("directory.json"), settings.gatewayUrl());
        PostgresServer postgres = null;
        KafkaServer kafka = null;
        LocalMailServer mail = null;
        MailboxPage mailbox = null;
        var processes = new ArrayList<ServiceProcess>();
        try {
            postgres = startPostgres(settings, folder.postgres());
            postgres.createDatabaseIfMissing(DATABASE);
            kafka = startKafka(settings);
            mail = LocalMailServer.start(settings.smtpPort());
            mailbox = MailboxPage.start(settings.mailboxPort(), mail);
            var launcher = new Launcher(jars, folder, settings.fullJit());
            processes.add(launcher.identity(settings, folder));
            processes.get(0).awaitReady(START_TIMEOUT); // the services fetch its keys on their first request
            var services = launcher.services(settings, postgres, kafka);
            processes.addAll(services);
            processes.add(launcher.gateway(settings, directory, services, postgres));
            for (var process : processes) {
                process.awaitReady(START_TIMEOUT);
            }
            var stack = new RunningStack(settings, postgres, kafka, new LocalMail(mail, mailbox), processes,
                    directory);
            if (settings.demoData() && !folder.demoDataLoaded()) {
                new DemoData(stack.commandServiceUrl(), stack.notifierUrl(), stack.queryServiceUrl(),
                        new Tokens(settings.issuer(), directory), folder.demoDataTime())
                        .load();
                folder.markDemoDataLoaded();
            }
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            processes.forEach(ServiceProcess::close);
            if (mailbox != null) {
                mailbox.close();
            }
            if (mail != null) {
                mail.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    static PostgresServer startPostgres(LocalSettings settings, Path directory) {
        return PostgresServer.start(directory, settings.postgresPort(),
                "set " + LocalSettings.howToSet("postgres-port"), settings.commits());
    }

    static KafkaServer startKafka(LocalSettings settings) {
        return KafkaServer.start(DataFolder.kafka(settings.dataDirectory()), settings.kafkaPort(),
                settings.kafkaControllerPort(), "set " + LocalSettings.howToSet("kafka-port") + " and "
                        + LocalSettings.howToSet("kafka-controller-port"));
    }

    private static void requireFreePorts(LocalSettings settings) {
        var ports = Map.of("identity", settings.identityPort(), "gateway", settings.gatewayPort(),
                "command-service", settings.commandServicePort(), "query-service", settings.queryServicePort(),
                "notifier", settings.notifierPort(), "smtp", settings.smtpPort(), "mailbox", settings.mailboxPort());
        ports.forEach((name, port) -> Ports.requireFree(port, name, "set " + LocalSettings.howToSet(name + "-port")));
    }

    /** target/services, where the build copies the runnable jars beside target/vigil-local.jar. */
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

    /** How each process is started: its jar, port, log file, arguments and secrets. */
    private record Launcher(Path jars, DataFolder folder, boolean fullJit) {

        ServiceProcess identity(LocalSettings settings, DataFolder folder) throws IOException {
            return launch("identity", settings.identityPort(), List.of(
                    "--vigil.identity.issuer=" + settings.issuer(),
                    "--vigil.identity.directory-file=" + folder.identity().resolve("directory.json"),
                    "--vigil.identity.key-file=" + folder.identity().resolve("signing-key.json"),
                    // one host, several ports: browsers share cookies across ports, so the names must differ
                    "--server.servlet.session.cookie.name=VIGIL_IDENTITY_SESSION"), Map.of());
        }

        List<ServiceProcess> services(LocalSettings settings, PostgresServer postgres, KafkaServer kafka)
                throws IOException {
            var arguments = List.of(
                    "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
                    "--spring.datasource.username=" + postgres.username(),
                    "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + settings.issuer(),
                    "--spring.security.oauth2.resourceserver.jwt.audiences=vigil");
            var environment = Map.of("VIGIL_DB_PASSWORD", postgres.password());
            var queryService = new ArrayList<>(arguments);
            // the demo's indicators are documentation values (RFC 5737, RFC 2606): correlated here, never in production
            queryService.add("--vigil.cert.warning-lists.off=documentation-prefixes");
            var notifier = new ArrayList<>(arguments);
            // the same rule as query-service's, so that the campaign the CERT's page shows is the one mailed
            notifier.add("--vigil.cert.warning-lists.off=documentation-prefixes");
            notifier.add("--vigil.cert.alert-recipients=" + CERT_MAILBOX);
            notifier.add("--vigil.cert.feed-url=" + settings.gatewayUrl() + "/cert/feed");
            notifier.add("--spring.mail.host=localhost");
            notifier.add("--spring.mail.port=" + settings.smtpPort());
            notifier.add("--vigil.mail.board-url=" + settings.gatewayUrl() + "/deadlines");
            var services = new ArrayList<ServiceProcess>();
            for (int instance = 1; instance <= settings.instances(); instance++) {
                services.add(launch("command-service", instance, settings.commandServicePort(), arguments,
                        environment));
                services.add(launch("query-service", instance, settings.queryServicePort(), queryService, Map.of(
                        "VIGIL_DB_PASSWORD", postgres.password(), "VIGIL_PSEUDONYM_KEY", folder.pseudonymKey())));
                services.add(launch("notifier", instance, settings.notifierPort(), notifier, environment));
            }
            return services;
        }

        ServiceProcess gateway(LocalSettings settings, Directory directory, List<ServiceProcess> services,
                               PostgresServer postgres) throws IOException {
            return launch("gateway", settings.gatewayPort(), List.of(
                    "--vigil.gateway.command-service-url=" + addresses(services, "command-service"),
                    "--vigil.gateway.query-service-url=" + addresses(services, "query-service"),
                    "--vigil.gateway.notifier-url=" + addresses(services, "notifier"),
                    // the login sessions, in the schema gateway: they outlive a restart of the stack
                    "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
                    "--spring.datasource.username=" + postgres.username(),
                    "--server.servlet.session.cookie.name=VIGIL_SESSION"), Map.of(
                    "VIGIL_DB_PASSWORD", postgres.password(),
                    "VIGIL_OIDC_ISSUER_URI", settings.issuer(),
                    "VIGIL_OIDC_CLIENT_ID", directory.gateway().clientId(),
                    "VIGIL_OIDC_CLIENT_SECRET", directory.gateway().secret()));
        }

        /** Instance 1 on the service's own port and log; the others on free ports, each with a log of its own. */
        private ServiceProcess launch(String service, int instance, int port, List<String> arguments,
                                      Map<String, String> environment) throws IOException {
            var named = new ArrayList<>(arguments);
            // the owner of its processors' claims in the token store (eventstore-kit): one name per instance
            named.add("--vigil.event-store.node-id=" + service + "-" + instance);
            String name = instance == 1 ? service : service + "-" + instance;
            return launch(service, name, instance == 1 ? port : Ports.requireFree(0, name, ""), named, environment);
        }

        private ServiceProcess launch(String name, int port, List<String> arguments, Map<String, String> environment)
                throws IOException {
            return launch(name, name, port, arguments, environment);
        }

        private ServiceProcess launch(String jar, String name, int port, List<String> arguments,
                                      Map<String, String> environment) throws IOException {
            var withProbes = new ArrayList<>(arguments);
            withProbes.add("--management.endpoint.health.probes.enabled=true"); // the launcher waits for readiness
            withProbes.addAll(jsonLog(name));
            return ServiceProcess.launch(name, jars.resolve(jar + ".jar"), port, folder.log(name), withProbes,
                    environment, fullJit);
        }

        /**
         * Beside the plain console log that a person reads, each process writes every line as one ECS JSON object to
         * logs/NAME.json, with the trace and span ids and the log context (incidentId, eventId): what a log collector
         * reads in production (web-kit's json-logs profile). The read models' debug lines, one per event applied,
         * go to that file only.
         */
        private List<String> jsonLog(String name) {
            return List.of("--logging.file.name=" + folder.jsonLog(name).toAbsolutePath(),
                    "--logging.structured.format.file=ecs",
                    "--logging.threshold.console=info",
                    "--logging.level.eu.vigil.query.projection=debug");
        }

        /** The gateway's list of a service's instances: each address, comma-separated. */
        private static String addresses(List<ServiceProcess> services, String service) {
            return services.stream().filter(process -> process.name().equals(service)
                    || process.name().startsWith(service + "-")).map(ServiceProcess::url)
                    .collect(Collectors.joining(","));
        }
    }
}
