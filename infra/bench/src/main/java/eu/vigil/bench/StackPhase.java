package eu.vigil.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole stack through the gateway ({@code --stack}, issues 17 and 18): the README's run command with one
 * instance of each service, then, in the same run, with two; each time, rounds of R1ax raw inserts on the stack's own
 * PostgreSQL, reports and timeline appends through the gateway from closed-loop clients, every process's CPU per
 * request, and the read model's lag: from each event's append to its row on the incident timeline.
 */
final class StackPhase {

    private static final Duration LAG_WAIT = Duration.ofMinutes(3);

    /** The lag of one round's incident events, append → timeline row, in milliseconds. */
    record Lag(long events, long projected, double p50, double p99, double max) {
    }

    record Round(Measurement reference, Measurement reports, Map<String, Double> reportsCpu, Measurement appends,
                 Map<String, Double> appendsCpu, Lag lag) {
    }

    private final BenchSettings settings;
    private final Path localJar;
    private final Path folder;
    private final PrintStream out;

    StackPhase(BenchSettings settings, Path localJar, Path folder, PrintStream out) {
        this.settings = settings;
        this.localJar = localJar;
        this.folder = folder;
        this.out = out;
    }

    void run() throws Exception {
        var one = measure(1);
        var two = measure(2);
        summary(List.of(one, two));
    }

    private List<Round> measure(int instances) throws Exception {
        Instant starting = Instant.now();
        try (var stack = WholeStack.start(localJar, folder.resolve("stack-" + instances), instances)) {
            out.printf(Locale.ROOT, "%n%d instance(s) of each service behind one gateway, up with the demo data in"
                            + " %.0f s; machine load (1, 5, 15 min) %s%n", instances,
                    Duration.between(starting, Instant.now()).toMillis() / 1000.0, InstancesPhase.load());
            Database database = stack.database();
            var workload = new ApiWorkload(new ApiClient(stack.gatewayUrl(), WholeStack.HOSPITAL,
                    () -> stack.token(WholeStack.OFFICER_CLIENT)));
            var cpu = new StackCpu(stack.processes());
            var rounds = new ArrayList<Round>();
            try (var loop = new ClosedLoop(settings.clients())) {
                warmUp(workload, loop);
                RawInsertReference.createTable(database);
                var reference = new RawInsertReference(database,
                        RawInsertReference.RowShape.ofServiceEvents(database));
                for (int number = 1; number <= settings.rounds(); number++) {
                    out.printf("%n  Round %d of %d; machine load %s%n", number, settings.rounds(),
                            InstancesPhase.load());
                    Measurement raw = reference.run(loop, settings.phase());
                    line(raw, "threads", null, raw);
                    long before = Long.parseLong(database.text(
                            "select coalesce(max(global_index), 0) from incident.domain_event_entry"));
                    Queue<String> reported = new ConcurrentLinkedQueue<>();
                    var reportsCpu = new Measured(cpu);
                    Measurement reports = reportsCpu.of(() -> workload.report(loop, settings.phase(), reported));
                    line(reports, "clients", reportsCpu.shares, raw);
                    var pool = ApiWorkload.pool(reported, settings.incidents());
                    var appendsCpu = new Measured(cpu);
                    Measurement appends = appendsCpu.of(() -> workload.append(loop, settings.phase(), pool));
                    line(appends, "clients", appendsCpu.shares, raw);
                    Lag lag = lag(database, before);
                    out.printf(Locale.ROOT, "    read-model lag, append → incident timeline, the round's %d events:"
                                    + " p50 %.0f ms, p99 %.0f ms, max %.0f ms%s%n", lag.events(), lag.p50(),
                            lag.p99(), lag.max(), lag.projected() < lag.events() ? " (" + (lag.events()
                                    - lag.projected()) + " not on the timeline " + LAG_WAIT.toMinutes()
                                    + " min after the round: left out)" : "");
                    rounds.add(new Round(raw, reports, reportsCpu.shares, appends, appendsCpu.shares, lag));
                }
            }
            return rounds;
        }
    }

    private void warmUp(ApiWorkload workload, ClosedLoop loop) throws InterruptedException {
        if (settings.warmUp().isZero()) {
            return;
        }
        Queue<String> reported = new ConcurrentLinkedQueue<>();
        Measurement reports = workload.report(loop, settings.warmUp(), reported);
        Measurement appends = workload.append(loop, settings.warmUp(), ApiWorkload.pool(reported,
                settings.incidents()));
        out.printf(Locale.ROOT, "  Warm-up, not counted: %d reports, %d appends (errors %d, %d)%n",
                reports.successes(), appends.successes(), reports.errors(), appends.errors());
    }

    /** A measurement with each process's CPU beside it. */
    private static final class Measured {
        private final StackCpu cpu;
        private Map<String, Double> shares;

        Measured(StackCpu cpu) {
            this.cpu = cpu;
        }

        Measurement of(Phase.Run run) throws Exception {
            var before = cpu.read();
            Measurement measurement = run.measure();
            shares = StackCpu.percent(before, cpu.read());
            return measurement;
        }
    }

    /** Waits until every incident event appended after {@code globalIndex} is on the timeline, or gives up. */
    private static Lag lag(Database database, long globalIndex) throws Exception {
        Instant deadline = Instant.now().plus(LAG_WAIT);
        while (true) {
            List<String> row = database.firstRow("""
                    select count(*), count(t.event_id),
                           coalesce(percentile_disc(0.5) within group (order by lag), 0),
                           coalesce(percentile_disc(0.99) within group (order by lag), 0), coalesce(max(lag), 0)
                    from (select t.event_id,
                                 extract(epoch from t.projected_at - e.time_stamp::timestamptz) * 1000 as lag
                          from incident.domain_event_entry e
                          left join query.incident_timeline t on t.event_id = e.event_identifier::uuid
                          where e.global_index > ? and e.type = 'Incident') t""", globalIndex);
            var lag = new Lag(Long.parseLong(row.get(0)), Long.parseLong(row.get(1)), Double.parseDouble(row.get(2)),
                    Double.parseDouble(row.get(3)), Double.parseDouble(row.get(4)));
            if (lag.projected() == lag.events() || Instant.now().isAfter(deadline)) {
                return lag;
            }
            Thread.sleep(2000);
        }
    }

    private void line(Measurement m, String unit, Map<String, Double> cpu, Measurement reference) {
        out.printf(Locale.ROOT, "  %-34s %d %-7s %9.1f /s   p50 %7.2f ms   p99 %7.2f ms   errors %d%s%n", m.name(),
                m.clients(), unit, m.perSecond(), m.p50Millis(), m.p99Millis(), m.errors(), m == reference ? ""
                        : String.format(Locale.ROOT, "  = %.3f × R1ax", m.perSecond() / reference.perSecond()));
        if (m.firstError() != null) {
            out.println("    first error: " + m.firstError());
        }
        if (cpu != null) {
            out.println("    CPU, % of one core (ms of CPU per request): " + cpu.entrySet().stream()
                    .map(share -> String.format(Locale.ROOT, "%s %.0f (%.2f)", share.getKey(), share.getValue(),
                            m.perSecond() == 0 ? 0 : share.getValue() * 10 / m.perSecond()))
                    .collect(Collectors.joining(", ")));
        }
    }

    private void summary(List<List<Round>> byInstances) {
        out.printf("%nWhole stack through the gateway, over %d round(s): median (min–max); %d CPUs, machine load %s%n",
                settings.rounds(), Runtime.getRuntime().availableProcessors(), InstancesPhase.load());
        for (int index = 0; index < byInstances.size(); index++) {
            var rounds = byInstances.get(index);
            out.printf("  %d instance(s) of each service:%n", index + 1);
            line("R1ax raw inserts/s", rounds, r -> r.reference().perSecond(), "%.0f");
            line("reports/s", rounds, r -> r.reports().perSecond(), "%.1f");
            line("reports / R1ax", rounds, r -> r.reports().perSecond() / r.reference().perSecond(), "%.4f");
            line("reports p99 ms", rounds, r -> r.reports().p99Millis(), "%.1f");
            line("appends/s", rounds, r -> r.appends().perSecond(), "%.1f");
            line("appends / R1ax", rounds, r -> r.appends().perSecond() / r.reference().perSecond(), "%.4f");
            line("appends p99 ms", rounds, r -> r.appends().p99Millis(), "%.1f");
            line("read-model lag p50 ms", rounds, r -> r.lag().p50(), "%.0f");
            line("read-model lag p99 ms", rounds, r -> r.lag().p99(), "%.0f");
        }
        var one = byInstances.get(0);
        var two = byInstances.get(1);
        out.printf(Locale.ROOT, "  two instances / one, reports/s: %.2f; appends/s: %.2f (medians)%n",
                median(two, r -> r.reports().perSecond()) / median(one, r -> r.reports().perSecond()),
                median(two, r -> r.appends().perSecond()) / median(one, r -> r.appends().perSecond()));
        out.println("  Every process shares this machine's cores; latencies are closed loop, at saturation.");
    }

    private void line(String label, List<Round> rounds, Function<Round, Double> figure, String format) {
        Spread spread = Spread.of(rounds.stream().map(figure).toList());
        out.printf(Locale.ROOT, "    %-28s " + format + " (" + format + "–" + format + ")%n", label, spread.median(),
                spread.min(), spread.max());
    }

    private static double median(List<Round> rounds, Function<Round, Double> figure) {
        return Spread.of(rounds.stream().map(figure).toList()).median();
    }
}
