package eu.vigil.bench;

import eu.vigil.bench.CommandGatewayFigures.CachedRound;
import eu.vigil.bench.CommandGatewayFigures.OneSender;
import eu.vigil.bench.CommandGatewayFigures.UncachedRound;
import eu.vigil.contracts.IncidentId;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * W2 (performance.md): commands through command-service's {@code CommandGateway} in this JVM ({@link
 * InProcessCommandService}, {@link CommandWorkload}), Kafka publishing on, uniformly over {@code --incidents}
 * incidents of {@link IncidentSeed#EVENTS} prior events ({@link IncidentSeed}). Two parts, each with command-service
 * started afresh on the same database and broker, and the references it is compared with measured right beside it,
 * round after round:
 * <ol>
 *     <li>with the incident cache as command-service configures it: R1ax, {@code AppendTimelineEntry} from
 *     {@code --clients} senders, {@code ReportIncident} from as many, R2-c1, {@code AppendTimelineEntry} from one;</li>
 *     <li>with the cache switched off ({@code vigil.incident-cache.enabled=false}), each command loading its incident
 *     from the event store: R2, {@code AppendTimelineEntry} from {@code --clients} senders, R2-c1, the same from
 *     one.</li>
 * </ol>
 * After each command phase it waits until the Kafka publication has published every event, so that no phase pays
 * for the previous one's backlog.
 */
final class CommandGatewayPhase {

    /** performance.md's 20,000 would be a million events for the publication to publish before the first measure. */
    static final int SEEDED_INCIDENTS = 2_000;
    private static final int PLANNED_INCIDENTS = 20_000;
    private static final Duration PUBLICATION_TIMEOUT = Duration.ofMinutes(5);

    private final BenchStack stack;
    private final Database database;
    private final BenchSettings settings;
    private final PrintStream out;
    private final PhaseLines lines;
    private final CommandGatewayFigures figures;
    private final Phase.Recorder recorder;

    CommandGatewayPhase(BenchStack stack, Database database, BenchSettings settings, PrintStream out)
            throws Exception {
        this.stack = stack;
        this.database = database;
        this.settings = settings;
        this.out = out;
        this.lines = new PhaseLines(out, 24, "client",
                "the clients: JDBC, or the command handling, Axon and the aggregate, in their threads",
                "Kafka broker, publication processor, pools, JIT, GC");
        this.figures = new CommandGatewayFigures(out, lines, settings);
        this.recorder = new Phase.Recorder(new CpuClock(List.of(), stack.postgresPid()), database);
    }

    /** The conditions of a W2 run: command-service in this JVM, no service JVM. */
    static Map<String, String> conditions(Map<String, String> conditions, Path serviceJar) {
        conditions.computeIfPresent("bench JVM", (label, value) -> value.replace("; also runs the Kafka broker",
                "; also runs the Kafka broker and command-service (W2's commands)"));
        String build = Conditions.serviceJvm(serviceJar).replaceFirst("^same java, [^,]*, ", ""); // jar, built when
        conditions.put("command-service", "in this JVM: its Spring application from its plain jar (the same build as "
                + serviceJar.getFileName() + ", " + build + "), its application.yml and migrations, no web server;"
                + " the incident cache as configured, then switched off");
        return conditions;
    }

    void run() throws Exception {
        var awareAt = CommandWorkload.awareTwoHoursAgo();
        List<IncidentId> incidents;
        var cached = new ArrayList<CachedRound>();
        var uncached = new ArrayList<UncachedRound>();
        try (var service = InProcessCommandService.start(stack, true, stack.folder());
             var loop = new ClosedLoop(settings.clients()); var one = new ClosedLoop(1)) {
            service.registerHospital(Benchmark.HOSPITAL);
            var commands = new CommandWorkload(service.commands(), service::caches, awareAt);
            incidents = seed(service, commands);
            warmUp(service, commands, loop, incidents, true);
            var shape = RawInsertReference.RowShape.ofServiceEvents(database);
            out.printf(Locale.ROOT, "Event rows: payload %d B and meta_data %d B on average; R1ax's rows carry the"
                    + " same sizes and names, R2's are copies of the rows it reads%n", shape.payloadBytes(),
                    shape.metaDataBytes());
            RawInsertReference.createTable(database);
            var r1ax = new RawInsertReference(database, shape);
            var r2 = new ReadAppendReference(database, incidents);
            out.printf("%nPart 1: the incident cache as command-service configures it (AggregateLoadingConfig)%n");
            for (int number = 1; number <= settings.rounds(); number++) {
                Phase reference = recorder.record(() -> r1ax.run(loop, settings.phase()));
                long hitsBefore = commands.cacheHits();
                Phase appends = commandPhase(service, () -> commands.append(loop, settings.phase(),
                        "W2 " + CommandWorkload.APPEND, incidents));
                double hitRate = (commands.cacheHits() - hitsBefore)
                        / (double) Math.max(1, appends.measurement().successes());
                Queue<IncidentId> reported = new ConcurrentLinkedQueue<>();
                Phase reports = commandPhase(service, () -> commands.report(loop, settings.phase(),
                        "W2 " + CommandWorkload.REPORT, reported));
                Phase referenceOne = recorder.record(() -> r2.run(one, settings.phase(), "R2-c1"));
                Phase appendsOne = commandPhase(service, () -> commands.append(one, settings.phase(),
                        "W2-c1 " + CommandWorkload.APPEND, incidents));
                cached.add(new CachedRound(reference, appends, reports, new OneSender(referenceOne, appendsOne),
                        hitRate));
                figures.printCached(number, cached.get(cached.size() - 1));
            }
        }
        try (var service = InProcessCommandService.start(stack, false, stack.folder());
             var loop = new ClosedLoop(settings.clients()); var one = new ClosedLoop(1)) {
            var commands = new CommandWorkload(service.commands(), service::caches, awareAt);
            warmUp(service, commands, loop, incidents, false);
            var r2 = new ReadAppendReference(database, incidents);
            out.printf("%nPart 2: no cache (vigil.incident-cache.enabled=false), every command loads its incident"
                    + " from the event store; the incidents hold %s%n", seededEvents());
            for (int number = 1; number <= settings.rounds(); number++) {
                Phase reference = recorder.record(() -> r2.run(loop, settings.phase(), "R2"));
                Phase appends = commandPhase(service, () -> commands.append(loop, settings.phase(),
                        "W2 " + CommandWorkload.APPEND, incidents));
                Phase referenceOne = recorder.record(() -> r2.run(one, settings.phase(), "R2-c1"));
                Phase appendsOne = commandPhase(service, () -> commands.append(one, settings.phase(),
                        "W2-c1 " + CommandWorkload.APPEND, incidents));
                uncached.add(new UncachedRound(reference, appends, new OneSender(referenceOne, appendsOne)));
                figures.printUncached(number, uncached.get(uncached.size() - 1));
            }
        }
        figures.summary(cached, uncached);
        out.println("\n  incident.domain_event_entry at the end: " + database.text("""
                select count(*) || ' events of ' || count(distinct aggregate_identifier) || ' incidents, '
                       || pg_size_pretty(pg_total_relation_size('incident.domain_event_entry'))
                from incident.domain_event_entry"""));
        out.println("  the seeded incidents hold " + seededEvents() + "; snapshots taken: "
                + database.text("select count(*) from incident.snapshot_event_entry"));
    }

    /** How many events W2's incidents hold now: 50 when seeded, more with every append. */
    private String seededEvents() throws Exception {
        return database.text("""
                select round(avg(events), 1) || ' events on average (' || min(events) || '–' || max(events) || ')'
                from (select count(*) as events from incident.domain_event_entry
                      group by aggregate_identifier having count(*) >= 50) seeded""");
    }

    private List<IncidentId> seed(InProcessCommandService service, CommandWorkload commands) throws Exception {
        long began = System.nanoTime();
        List<IncidentId> incidents = new IncidentSeed(database).seed(commands, settings.incidents());
        double seeded = (System.nanoTime() - began) / 1e9;
        Duration published = service.awaitPublished(lastEvent(), PUBLICATION_TIMEOUT);
        out.printf(Locale.ROOT, "Seeded %,d incidents of %d events (%,d events) in %.1f s, then VACUUM ANALYZE;"
                        + " the Kafka publication published them in a further %.1f s%n", incidents.size(),
                IncidentSeed.EVENTS, (long) incidents.size() * IncidentSeed.EVENTS, seeded,
                published.toMillis() / 1000.0);
        if (incidents.size() < PLANNED_INCIDENTS) {
            out.printf(Locale.ROOT, "  (performance.md plans %,d incidents: fewer here, as the publication would take"
                    + " minutes to publish their seed; --incidents=%d runs them)%n", PLANNED_INCIDENTS,
                    PLANNED_INCIDENTS);
        }
        return incidents;
    }

    private void warmUp(InProcessCommandService service, CommandWorkload commands, ClosedLoop loop,
                        List<IncidentId> incidents, boolean withReports) throws Exception {
        if (settings.warmUp().isZero()) {
            return;
        }
        Measurement appends = commands.append(loop, settings.warmUp(), "warm-up", incidents);
        Measurement reports = withReports ? commands.report(loop, settings.warmUp(), "warm-up",
                new ConcurrentLinkedQueue<>()) : null;
        service.awaitPublished(lastEvent(), PUBLICATION_TIMEOUT);
        out.printf(Locale.ROOT, "Warm-up, not counted: %d appends%s (%d errors)%n", appends.successes(),
                reports == null ? "" : " and " + reports.successes() + " reports",
                appends.errors() + (reports == null ? 0 : reports.errors()));
        lines.firstError(appends);
        if (reports != null) {
            lines.firstError(reports);
        }
    }

    /** A command phase, then the wait until the Kafka publication has caught up (not part of the phase). */
    private Phase commandPhase(InProcessCommandService service, Phase.Run run) throws Exception {
        long[] gcBefore = collections();
        Phase phase = recorder.record(run);
        long[] gcAfter = collections();
        // the weak cache holds an incident only until a collection finds nothing else referring to it
        out.printf(Locale.ROOT, "    %s: this JVM's garbage collections during it: %d, %d ms%n",
                phase.measurement().name(), gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
        long began = System.nanoTime();
        service.awaitPublished(lastEvent(), PUBLICATION_TIMEOUT);
        long backlogMillis = (System.nanoTime() - began) / 1_000_000;
        if (backlogMillis > 1000) {
            out.printf(Locale.ROOT, "    (the Kafka publication caught up %.1f s after %s)%n", backlogMillis / 1000.0,
                    phase.measurement().name());
        }
        return phase;
    }

    /** Collections and milliseconds spent in them so far, all collectors together. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private long lastEvent() throws Exception {
        return Long.parseLong(database.text("select coalesce(max(global_index), -1)"
                + " from incident.domain_event_entry"));
    }
}
