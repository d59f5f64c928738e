package eu.vigil.bench;

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
import java.util.function.Function;

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
    private static final double CACHED_MUST = 0.25;
    private static final double CACHED_TARGET = 0.40;
    private static final double UNCACHED_MUST = 0.30;
    private static final double UNCACHED_TARGET = 0.50;
    private static final double REPORT_MUST = 0.30;
    private static final double ONE_SENDER_LIMIT = 3;
    private static final Duration PUBLICATION_TIMEOUT = Duration.ofMinutes(5);

    /** One sender's latencies against R2-c1's of the same round. */
    record OneSender(Phase reference, Phase commands) {

        double p50Ratio() {
            return commands.measurement().p50Millis() / reference.measurement().p50Millis();
        }

        double p99Ratio() {
            return commands.measurement().p99Millis() / reference.measurement().p99Millis();
        }
    }

    /** Part 1: the cache as command-service configures it. */
    record CachedRound(Phase reference, Phase appends, Phase reports, OneSender one, double hitRate) {

        double appendsPerReference() {
            return appends.measurement().perSecond() / reference.measurement().perSecond();
        }

        double reportsPerReference() {
            return reports.measurement().perSecond() / reference.measurement().perSecond();
        }
    }

    /** Part 2: no cache, each command loads its incident from the event store. */
    record UncachedRound(Phase reference, Phase appends, OneSender one) {

        double appendsPerReference() {
            return appends.measurement().perSecond() / reference.measurement().perSecond();
        }
    }

    private final BenchStack stack;
    private final Database database;
    private final BenchSettings settings;
    private final PrintStream out;
    private final PhaseLines lines;
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
                printCached(number, cached.get(cached.size() - 1));
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
                printUncached(number, uncached.get(uncached.size() - 1));
            }
        }
        summary(cached, uncached);
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

    private void printCached(int number, CachedRound round) {
        out.printf("%nPart 1, round %d of %d%n", number, settings.rounds());
        lines.print("R1ax raw insert", round.reference(), "");
        lines.print("W2 append, cached", round.appends(), String.format(Locale.ROOT,
                "  = %.3f × R1ax (must ≥ %.2f, target ≥ %.2f); cache hits %.0f %%", round.appendsPerReference(),
                CACHED_MUST, CACHED_TARGET, 100 * round.hitRate()));
        lines.print("W2 ReportIncident", round.reports(), String.format(Locale.ROOT, "  = %.3f × R1ax (must ≥ %.2f)",
                round.reportsPerReference(), REPORT_MUST));
        oneSender(round.one(), "W2-c1 append, cached");
        out.println("    load average now " + EventAppendPhase.loadAverage());
    }

    private void printUncached(int number, UncachedRound round) {
        out.printf("%nPart 2, round %d of %d%n", number, settings.rounds());
        lines.print("R2 read 50 + append", round.reference(), "");
        lines.print("W2 append, no cache", round.appends(), String.format(Locale.ROOT,
                "  = %.3f × R2 (must ≥ %.2f, target ≥ %.2f)", round.appendsPerReference(), UNCACHED_MUST,
                UNCACHED_TARGET));
        oneSender(round.one(), "W2-c1 append, no cache");
        out.println("    load average now " + EventAppendPhase.loadAverage());
    }

    private void oneSender(OneSender one, String label) {
        lines.print("R2-c1", one.reference(), "");
        lines.print(label, one.commands(), String.format(Locale.ROOT,
                "  p50 = %.2f × R2-c1 p50, p99 = %.2f × R2-c1 p99 (must ≤ %.0f each)", one.p50Ratio(),
                one.p99Ratio(), ONE_SENDER_LIMIT));
    }

    private void summary(List<CachedRound> cached, List<UncachedRound> uncached) {
        out.printf("%nOver %d round(s): median (min–max)%n", settings.rounds());
        out.println(" Part 1, the incident cache as configured");
        Spread r1ax = spread(cached, r -> r.reference().measurement().perSecond());
        line("R1ax raw inserts/s, " + settings.clients() + " clients", r1ax, "%.0f", "");
        line("W2 appends/s, cached", spread(cached, r -> r.appends().measurement().perSecond()), "%.0f", "");
        Spread cachedRate = spread(cached, CachedRound::appendsPerReference);
        line("W2 append, cached / R1ax", cachedRate, "%.3f", verdict(cachedRate.median(), CACHED_MUST,
                CACHED_TARGET));
        line("cache hits per append", spread(cached, CachedRound::hitRate), "%.2f", "");
        line("W2 reports/s", spread(cached, r -> r.reports().measurement().perSecond()), "%.0f", "");
        Spread reportRate = spread(cached, CachedRound::reportsPerReference);
        line("W2 ReportIncident / R1ax", reportRate, "%.3f", String.format(Locale.ROOT, "   must ≥ %.2f: %s",
                REPORT_MUST, met(reportRate.median() >= REPORT_MUST)));
        line("W2 append, cached, p50 / p99 ms", spread(cached, r -> r.appends().measurement().p50Millis()), "%.2f",
                p99s(cached, CachedRound::appends));
        oneSenderSummary(cached.stream().map(CachedRound::one).toList(), "cached");
        unsteady("R1ax", r1ax);
        out.println(" Part 2, no cache");
        Spread r2 = spread(uncached, r -> r.reference().measurement().perSecond());
        line("R2 transactions/s, " + settings.clients() + " clients", r2, "%.0f", "");
        line("W2 appends/s, no cache", spread(uncached, r -> r.appends().measurement().perSecond()), "%.0f", "");
        Spread uncachedRate = spread(uncached, UncachedRound::appendsPerReference);
        line("W2 append, no cache / R2", uncachedRate, "%.3f", verdict(uncachedRate.median(), UNCACHED_MUST,
                UNCACHED_TARGET));
        line("R2 p50 / p99 ms", spread(uncached, r -> r.reference().measurement().p50Millis()), "%.2f",
                p99s(uncached, UncachedRound::reference));
        line("W2 append, no cache, p50 / p99 ms", spread(uncached, r -> r.appends().measurement().p50Millis()),
                "%.2f", p99s(uncached, UncachedRound::appends));
        oneSenderSummary(uncached.stream().map(UncachedRound::one).toList(), "no cache");
        unsteady("R2", r2);
        out.println("  Load average at the end: " + EventAppendPhase.loadAverage()
                + ". Latencies are closed-loop, at saturation.");
    }

    private void oneSenderSummary(List<OneSender> ones, String label) {
        line("R2-c1 p50 / p99 ms", spread(ones, o -> o.reference().measurement().p50Millis()), "%.2f",
                p99s(ones, OneSender::reference));
        line("W2-c1 " + label + ", p50 / p99 ms", spread(ones, o -> o.commands().measurement().p50Millis()),
                "%.2f", p99s(ones, OneSender::commands));
        Spread p50 = spread(ones, OneSender::p50Ratio);
        Spread p99 = spread(ones, OneSender::p99Ratio);
        line("W2-c1 p50 / R2-c1 p50", p50, "%.2f", String.format(Locale.ROOT, "   must ≤ %.0f: %s",
                ONE_SENDER_LIMIT, met(p50.median() <= ONE_SENDER_LIMIT)));
        line("W2-c1 p99 / R2-c1 p99", p99, "%.2f", String.format(Locale.ROOT, "   must ≤ %.0f: %s",
                ONE_SENDER_LIMIT, met(p99.median() <= ONE_SENDER_LIMIT)));
    }

    private void unsteady(String name, Spread reference) {
        if (reference.unsteady()) {
            out.printf(Locale.ROOT, "  %s UNSTEADY: its range is %.0f %% of its median (over %.0f %%, harness rule"
                    + " 2)%n", name, 100 * reference.relativeRange(), 100 * Spread.UNSTEADY);
        }
    }

    private static String verdict(double ratio, double must, double target) {
        return String.format(Locale.ROOT, "   must ≥ %.2f: %s; target ≥ %.2f: %s", must, met(ratio >= must), target,
                met(ratio >= target));
    }

    private <T> String p99s(List<T> rounds, Function<T, Phase> phase) {
        Spread p99 = spread(rounds, r -> phase.apply(r).measurement().p99Millis());
        return String.format(Locale.ROOT, "  /  %.2f (%.2f–%.2f)", p99.median(), p99.min(), p99.max());
    }

    private void line(String label, Spread spread, String format, String after) {
        out.printf(Locale.ROOT, "  %-36s " + format + " (" + format + "–" + format + ")%s%n", label, spread.median(),
                spread.min(), spread.max(), after);
    }

    private static <T> Spread spread(List<T> rounds, Function<T, Double> figure) {
        return Spread.of(rounds.stream().map(figure).toList());
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }
}
