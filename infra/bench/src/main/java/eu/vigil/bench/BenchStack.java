package eu.vigil.bench;

import eu.vigil.embedded.KafkaServer;
import eu.vigil.embedded.Ports;
import eu.vigil.embedded.PostgresServer;
import eu.vigil.testsupport.TestTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Embedded PostgreSQL and Kafka in a temporary folder on free ports, and command-service (with {@code --instances}
 * two of it; with {@code --notifier} also the notifier, with {@code --reminders} the notifier and a local SMTP
 * server; with {@code --projection-lag} or {@code --reads} also query-service) in its own JVM trusting
 * {@link TestTokens}; with {@code --event-append} PostgreSQL alone; with {@code --commands-in-process} PostgreSQL and
 * Kafka, command-service then starting in this JVM. {@link #close()} stops them in reverse order and
 * deletes the folder; it also runs at JVM exit (Ctrl-C), including during start-up.
 */
final class BenchStack implements AutoCloseable {

    static final String DATABASE = "vigil";
    private static final Logger log = LoggerFactory.getLogger(BenchStack.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Path folder;
    private final Path serviceJar;
    private final boolean withNotifier;
    private final boolean withQueryService;
    private final BenchSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private PostgresServer postgres;
    private ServiceJvm service;
    private final List<ServiceJvm> moreServices = new ArrayList<>();
    private ServiceJvm notifier;
    private final List<ServiceJvm> moreNotifiers = new ArrayList<>();
    private MailServer mail;
    private ServiceJvm queryService;
    private KafkaServer kafka;
    private boolean closed;

    private BenchStack(Path folder, Path serviceJar, BenchSettings settings, boolean withQueryService) {
        this.folder = folder;
        this.serviceJar = serviceJar;
        this.settings = settings;
        this.withNotifier = settings.notifier() || settings.reminders() > 0;
        this.withQueryService = withQueryService;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAtExit, "vigil-bench-stop"));
    }

    static BenchStack start(BenchSettings settings) throws IOException, SQLException, InterruptedException {
        Path jar = settings.serviceJar().orElseGet(BenchStack::serviceJarNextToThisJar);
        requireJar(jar, "command-service");
        if (settings.notifier() || settings.reminders() > 0) {
            requireJar(notifierJar(jar), "notifier");
        }
        boolean withQueryService = settings.projectionLag() || settings.reads() || settings.rebuild()
                || settings.cert();
        if (withQueryService) {
            requireJar(queryServiceJar(jar), "query-service");
        }
        Path parent = settings.dataParent().orElse(Path.of(System.getProperty("java.io.tmpdir")));
        Files.createDirectories(parent);
        var stack = new BenchStack(Files.createTempDirectory(parent, "vigil-bench-"), jar, settings, withQueryService);
        try {
            stack.startAll();
            return stack;
        } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws IOException, SQLException, InterruptedException {
        postgres = keep(PostgresServer.start(folder.resolve("postgres"), 0));
        postgres.stopOnlyWhenClosed();
        postgres.createDatabaseIfMissing(DATABASE);
        // zonky starts PostgreSQL with synchronous_commit=off; durability stays on here (harness rule 7), and a
        // database default outranks the server's command line for every connection made afterwards
        new Database(jdbcUrl(), username(), password())
                .execute("alter database " + DATABASE + " set synchronous_commit to on");
        if (settings.eventAppend()) {
            return; // W1 appends from this JVM: no broker, no service beside PostgreSQL
        }
        kafka = keep(KafkaServer.start(folder.resolve("kafka"), 0, 0));
        kafka.stopOnlyWhenClosed();
        if (settings.commandsInProcess()) {
            return; // W2 runs command-service's application in this JVM (InProcessCommandService)
        }
        long began = System.nanoTime();
        service = keep(launch("command-service", serviceJar, serviceArguments(kafka)));
        if (settings.instances()) {
            moreServices.add(keep(launch("command-service-2", serviceJar, serviceArguments(kafka))));
        }
        if (settings.reminders() > 0) {
            mail = keep(MailServer.start(Ports.requireFree(0, "smtp", "")));
        }
        if (withNotifier) {
            notifier = keep(launch("notifier", notifierJar(serviceJar), notifierArguments()));
        }
        if (withQueryService) {
            queryService = keep(launch("query-service", queryServiceJar(serviceJar), serviceArguments(kafka)));
        }
        var jvms = new ArrayList<>(List.of(service));
        jvms.addAll(moreServices);
        if (notifier != null) {
            jvms.add(notifier);
        }
        if (queryService != null) {
            jvms.add(queryService);
        }
        for (ServiceJvm jvm : jvms) {
            jvm.awaitReady(START_TIMEOUT);
            log.info("{} ready on {} in {} ms", jvm.name(), jvm.url(), (System.nanoTime() - began) / 1_000_000);
        }
    }

    // every instance's token-store node name is unique by default (eventstore-kit), so none is passed
    private ServiceJvm launch(String name, Path jar, List<String> arguments) throws IOException {
        return ServiceJvm.start(name, jar, Ports.requireFree(0, name, ""), folder.resolve(name + ".log"),
                arguments, Map.of("VIGIL_DB_PASSWORD", postgres.password()));
    }

    private List<String> notifierArguments() {
        var arguments = serviceArguments(kafka);
        // without --reminders no mail falls due during a run (the first reminder is 60 h after awareness): nothing
        // listens on that port
        arguments.add("--spring.mail.port=" + (mail != null ? mail.port() : Ports.requireFree(0, "smtp", "")));
        return arguments;
    }

    /** A second notifier on the same database, broker and mail server; returns once it is ready. */
    ServiceJvm startAnotherNotifier() throws IOException, InterruptedException {
        notifier(); // throws when the stack has no first notifier
        var another = keep(launch("notifier-" + (moreNotifiers.size() + 2), notifierJar(serviceJar),
                notifierArguments()));
        another.awaitReady(START_TIMEOUT);
        moreNotifiers.add(another);
        return another;
    }

    private List<String> serviceArguments(KafkaServer kafka) {
        var arguments = new ArrayList<String>();
        arguments.add("--spring.datasource.url=" + postgres.jdbcUrl(DATABASE));
        arguments.add("--spring.datasource.username=" + postgres.username());
        arguments.add("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
        arguments.add("--management.endpoint.health.probes.enabled=true");
        TestTokens.trustProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments;
    }

    /** Something started is kept for {@link #close()}; when Ctrl-C already closed the stack, it stops at once. */
    private synchronized <T extends AutoCloseable> T keep(T part) {
        started.push(part);
        if (closed) {
            throw new IllegalStateException("Stopped while starting");
        }
        return part;
    }

    Path folder() {
        return folder;
    }

    Path serviceJar() {
        return serviceJar;
    }

    Path queryServiceJar() {
        return queryServiceJar(serviceJar);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    String jdbcUrl() {
        return postgres.jdbcUrl(DATABASE);
    }

    String username() {
        return postgres.username();
    }

    String password() {
        return postgres.password();
    }

    String serviceUrl() {
        return service.url();
    }

    long servicePid() {
        return service.pid();
    }

    /** command-service's instances: one, or two with {@code --instances}; the first is {@link #serviceUrl()}. */
    List<ServiceJvm> services() {
        var all = new ArrayList<>(List.of(service));
        all.addAll(moreServices);
        return all;
    }

    /** The notifier's instances started so far, the first one first. */
    List<ServiceJvm> notifiers() {
        var all = new ArrayList<>(List.of(notifier()));
        all.addAll(moreNotifiers);
        return all;
    }

    /** @throws IllegalStateException when the stack was started without {@code --reminders} */
    MailServer mail() {
        if (mail == null) {
            throw new IllegalStateException("The mail server runs only with --reminders");
        }
        return mail;
    }

    /** @throws IllegalStateException when the stack was started without query-service */
    ServiceJvm queryService() {
        if (queryService == null) {
            throw new IllegalStateException("query-service runs only with --projection-lag or --reads");
        }
        return queryService;
    }

    /** Stops query-service (SIGTERM, as an operator would): its consumers leave their groups. */
    void stopQueryService() throws InterruptedException {
        queryService().close();
    }

    /** Starts query-service again on the same database and broker; returns once it is ready. */
    void restartQueryService() throws IOException, InterruptedException {
        queryService = keep(launch("query-service", queryServiceJar(serviceJar), serviceArguments(kafka)));
        queryService.awaitReady(START_TIMEOUT.multipliedBy(3)); // while the appends and the publisher go on
    }

    Path notifierJar() {
        return notifierJar(serviceJar);
    }

    /** @throws IllegalStateException when the stack was started without {@code --notifier} */
    ServiceJvm notifier() {
        if (notifier == null) {
            throw new IllegalStateException("The notifier runs only with --notifier");
        }
        return notifier;
    }

    /** The postmaster's pid, from the first line of its pid file. */
    long postgresPid() throws IOException {
        return Long.parseLong(Files.readAllLines(folder.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
    }

    private void stopAtExit() {
        synchronized (this) {
            if (closed && started.isEmpty()) {
                return;
            }
        }
        System.out.println("\nStopping " + (withNotifier ? "the notifier, " : "")
                + (withQueryService ? "query-service, " : "") + "command-service, Kafka and"
                + " PostgreSQL, and deleting " + folder);
        close();
    }

    /** Idempotent: the service JVMs, then Kafka, then PostgreSQL, then the folder. */
    @Override
    public synchronized void close() {
        if (closed && started.isEmpty()) {
            return;
        }
        closed = true;
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + part.getClass().getSimpleName() + ": " + e);
            }
        }
        deleteFolder();
    }

    private void deleteFolder() {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }

    private static void requireJar(Path jar, String service) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + service + " jar at " + jar + ": build it first with "
                    + "./mvnw -q -pl infra/bench -am package -DskipTests");
        }
    }

    /** The build copies query-service.jar beside command-service.jar. */
    private static Path queryServiceJar(Path serviceJar) {
        return serviceJar.resolveSibling("query-service.jar");
    }

    /** The build copies notifier.jar beside command-service.jar. */
    private static Path notifierJar(Path serviceJar) {
        return serviceJar.resolveSibling("notifier.jar");
    }

    /** target/services/command-service.jar, where the build copies it beside target/vigil-bench.jar. */
    private static Path serviceJarNextToThisJar() {
        // java -jar puts exactly this jar on the class path
        Path self = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]).toAbsolutePath();
        return self.resolveSibling("services").resolve("command-service.jar");
    }
}
