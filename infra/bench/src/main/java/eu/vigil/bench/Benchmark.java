package eu.vigil.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Incident capture through command-service's API (reports, then timeline appends, from N concurrent clients)
 * beside R1ax, raw single-row inserts into a copy of Axon's event table on the same database, measured by this
 * program in the same run, round after round. A benchmark prints figures; it asserts nothing (harness rule 6).
 */
public final class Benchmark {

    static final String HOSPITAL = "h-bench";

    private final BenchSettings settings;
    private final Report report = new Report(System.out);

    private Benchmark(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--pdf")) {
            PdfPhase.main(args); // CPU only, in this JVM: no stack to start
            return;
        }
        BenchSettings settings;
        try {
            settings = BenchSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (settings.stack()) {
            runWholeStack(settings);
            return;
        }
        try (var stack = BenchStack.start(settings)) {
            new Benchmark(settings).run(stack);
        } catch (IllegalStateException e) {
            System.err.println("\nThe benchmark stopped: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("\nThe benchmark stopped:");
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0); // the broker's and the HTTP client's threads end with the JVM
    }

    /** The local stack as a user runs it, through the gateway: it starts its own servers, so no {@link BenchStack}. */
    private static void runWholeStack(BenchSettings settings) {
        try {
            Path folder = Files.createTempDirectory(settings.dataParent().orElse(Path.of(
                    System.getProperty("java.io.tmpdir"))), "vigil-bench-stack-");
            // java -jar puts exactly this jar (infra/bench/target/vigil-bench.jar) on the class path
            Path self = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]).toAbsolutePath();
            Path localJar = self.getParent().getParent().resolveSibling("local").resolve("target")
                    .resolve("vigil-local.jar");
            System.out.printf(Locale.ROOT, "%nVigil whole stack (issues 17, 18): %d round(s) of R1ax raw inserts, %s,"
                            + " %s through the gateway, with one instance of each service, then two; %d s each,"
                            + " %d clients%n", settings.rounds(), ApiWorkload.REPORT, ApiWorkload.APPEND,
                    settings.phase().toSeconds(), settings.clients());
            new StackPhase(settings, localJar, folder, System.out).run();
            System.out.println("\nThe stacks' data and logs stay in " + folder + " (delete it when read)");
        } catch (Exception e) {
            System.err.println("\nThe benchmark stopped:");
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run(BenchStack stack) throws Exception {
        if (settings.eventAppend()) {
            runEventAppend(stack);
            return;
        }
        if (settings.commandsInProcess()) {
            runCommandsInProcess(stack);
            return;
        }
        if (settings.notifier()) {
            runNotifierPhase(stack);
            return;
        }
        if (settings.instances() || settings.reminders() > 0) {
            runInstances(stack);
            return;
        }
        if (settings.projectionLag() || settings.reads() || settings.rebuild() || settings.cert()) {
            runReadSide(stack);
            return;
        }
        if (settings.aggregateLoad()) {
            System.out.printf("%nVigil W6: loading an incident of %d events beside one of %d, and R6%n",
                    AggregateLoadPhase.LONG, AggregateLoadPhase.SHORT);
            var database = new Database(stack.jdbcUrl(), stack.username(), stack.password());
            var api = new ApiClient(stack.serviceUrl(), HOSPITAL);
            api.registerHospital();
            report.conditions(Conditions.read(database, stack.folder(), stack.serviceJar()));
            new AggregateLoadPhase(api, database).run(200);
            return;
        }
        System.out.printf(Locale.ROOT, "%nVigil incident capture: %d round(s) of R1ax raw inserts, %s, %s;"
                        + " %d s each, %d clients%n", settings.rounds(), ApiWorkload.REPORT, ApiWorkload.APPEND,
                settings.phase().toSeconds(), settings.clients());
        var database = new Database(stack.jdbcUrl(), stack.username(), stack.password());
        var api = new ApiClient(stack.serviceUrl(), HOSPITAL);
        api.registerHospital();
        report.conditions(Conditions.read(database, stack.folder(), stack.serviceJar()));
        var workload = new ApiWorkload(api);
        try (var loop = new ClosedLoop(settings.clients())) {
            var shape = warmUp(workload, loop, database);
            RawInsertReference.createTable(database);
            var reference = new RawInsertReference(database, shape);
            var recorder = new Phase.Recorder(new CpuClock(stack.servicePid(), stack.postgresPid()), database);
            var rounds = new ArrayList<Round>();
            for (int number = 1; number <= settings.rounds(); number++) {
                rounds.add(round(recorder, reference, workload, loop));
                report.round(number, settings.rounds(), rounds.get(rounds.size() - 1));
            }
            report.summary(rounds);
            report.tables(tables(database));
        }
    }

    /** W4, W5, W7 or HealthCERT: command-service and query-service, no rounds. */
    private void runReadSide(BenchStack stack) throws Exception {
        var database = new Database(stack.jdbcUrl(), stack.username(), stack.password());
        var conditions = Conditions.read(database, stack.folder(), stack.serviceJar());
        conditions.put("query-service", Conditions.serviceJvm(stack.queryServiceJar()));
        if (settings.projectionLag()) {
            System.out.printf(Locale.ROOT, "%nVigil W4: projection lag at %d appends/s for %d s, then %d s without"
                            + " query-service%n", settings.rate(), settings.phase().toSeconds(),
                    settings.outage().toSeconds());
            var api = new ApiClient(stack.serviceUrl(), HOSPITAL);
            api.registerHospital();
            report.conditions(conditions);
            new ProjectionLagPhase(stack, api, database, settings.rate()).run(settings.phase(), settings.outage());
            return;
        }
        if (settings.rebuild()) {
            report.conditions(conditions);
            new RebuildRatePhase(stack, database, System.out).run(settings.incidents());
            return;
        }
        if (settings.cert()) {
            System.out.printf(Locale.ROOT, "%nVigil HealthCERT (issue 16): %,d indicators shared by %,d hospitals%n",
                    settings.indicators(), settings.hospitals());
            report.conditions(conditions);
            new CertPhase(stack, database, settings).run();
            return;
        }
        System.out.printf(Locale.ROOT, "%nVigil W5: reads over %d events of %d incidents in %d hospitals%n",
                settings.events(), settings.incidents(), settings.hospitals());
        report.conditions(conditions);
        new ReadsPhase(stack, database, settings).run();
    }

    /** W1: Axon's event store in this JVM beside R1ax; the stack is PostgreSQL alone. */
    private void runEventAppend(BenchStack stack) throws Exception {
        System.out.printf(Locale.ROOT, "%nVigil W1: event-store append through Axon, %d round(s) of R1ax raw inserts"
                        + " then appends with %d threads, R1ax-c1 then appends with 1 thread; %d s each%n",
                settings.rounds(), settings.clients(), settings.phase().toSeconds());
        var database = new Database(stack.jdbcUrl(), stack.username(), stack.password());
        report.conditions(EventAppendPhase.conditions(Conditions.read(database, stack.folder(), stack.serviceJar()),
                stack.serviceJar()));
        new EventAppendPhase(stack, database, settings, System.out).run();
    }

    /** W2: command-service's application in this JVM, commands through its gateway beside R1ax and R2. */
    private void runCommandsInProcess(BenchStack stack) throws Exception {
        System.out.printf(Locale.ROOT, "%nVigil W2: commands through command-service's CommandGateway in this JVM,"
                        + " Kafka publishing on, over %,d incidents of %d events; %d round(s) with the incident cache"
                        + " as configured, then %d without; %d s each, %d clients%n", settings.incidents(),
                IncidentSeed.EVENTS, settings.rounds(), settings.rounds(), settings.phase().toSeconds(),
                settings.clients());
        var database = new Database(stack.jdbcUrl(), stack.username(), stack.password());
        report.conditions(CommandGatewayPhase.conditions(Conditions.read(database, stack.folder(),
                stack.serviceJar()), stack.serviceJar()));
        new CommandGatewayPhase(stack, database, settings, System.out).run();
    }

    /** Only the notifier phase: the capture rounds would flood the notifier and share its two cores. */
    private void runNotifierPhase(BenchStack stack) throws Exception {
        System.out.printf("%nVigil notifier: incidents reported through command-service until their obligations"
                + " are open in the notifier%n");
        var database = new Database(stack.jdbcUrl(), stack.username(), stack.password());
        var api = new ApiClient(stack.serviceUrl(), HOSPITAL);
        api.registerHospital();
        var conditions = Conditions.read(database, stack.folder(), stack.serviceJar());
        conditions.put("notifier", Conditions.serviceJvm(stack.notifierJar()));
        report.conditions(conditions);
        new NotifierPhase(stack, api, database, System.out).run(settings.incidents());
    }

    /** Issue 18: one command-service instance beside two, or the notifier's reminder precision. */
    private void runInstances(BenchStack stack) throws Exception {
        var database = new Database(stack.jdbcUrl(), stack.username(), stack.password());
        var conditions = Conditions.read(database, stack.folder(), stack.serviceJar());
        if (settings.reminders() > 0) {
            System.out.printf(Locale.ROOT, "%nVigil reminders (issue 18): %,d pending, due over %d s, sent by one"
                            + " notifier instance, then two%n", settings.reminders(), settings.window().toSeconds());
            conditions.put("notifier", Conditions.serviceJvm(stack.notifierJar()));
            report.conditions(conditions);
            new RemindersPhase(stack, database, settings, System.out).run();
            return;
        }
        System.out.printf(Locale.ROOT, "%nVigil instances (issue 18): %d round(s) of R1ax raw inserts, %s against one"
                        + " command-service instance, then two; %d s each, %d clients%n", settings.rounds(),
                ApiWorkload.REPORT, settings.phase().toSeconds(), settings.clients());
        report.conditions(conditions);
        new InstancesPhase(stack, database, settings, report, System.out).run();
    }

    /** Warms the service's JIT and pools, then reads the size of the rows it writes, for R1ax's rows. */
    private RawInsertReference.RowShape warmUp(ApiWorkload workload, ClosedLoop loop, Database database)
            throws Exception {
        if (settings.warmUp().isZero()) {
            return RawInsertReference.RowShape.ofServiceEvents(database);
        }
        Queue<String> reported = new ConcurrentLinkedQueue<>();
        Measurement reports = workload.report(loop, settings.warmUp(), reported);
        Measurement appends = workload.append(loop, settings.warmUp(),
                ApiWorkload.pool(reported, settings.incidents()));
        var shape = RawInsertReference.RowShape.ofServiceEvents(database);
        report.warmUp(reports, appends, shape);
        return shape;
    }

    private Round round(Phase.Recorder recorder, RawInsertReference reference, ApiWorkload workload,
                        ClosedLoop loop) throws Exception {
        Duration phase = settings.phase();
        Phase raw = recorder.record(() -> reference.run(loop, phase));
        Queue<String> reported = new ConcurrentLinkedQueue<>();
        Phase reports = recorder.record(() -> workload.report(loop, phase, reported));
        List<String> pool = ApiWorkload.pool(reported, settings.incidents());
        Phase appends = recorder.record(() -> workload.append(loop, phase, pool));
        return new Round(raw, reports, appends, pool.size());
    }

    private static List<String> tables(Database database) throws Exception {
        return List.of("incident.domain_event_entry at the end: " + database.text("""
                select count(*) || ' events of ' || count(distinct aggregate_identifier) || ' incidents, '
                       || pg_size_pretty(pg_total_relation_size('incident.domain_event_entry'))
                from incident.domain_event_entry"""),
                RawInsertReference.TABLE + " is emptied after each reference run");
    }
}
