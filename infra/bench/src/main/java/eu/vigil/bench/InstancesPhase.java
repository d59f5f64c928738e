package eu.vigil.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * The instances phase ({@code --instances}, issue 18): {@link ApiWorkload#REPORT} from the same closed-loop
 * clients against one command-service instance, then against two on the same database and broker (each request to
 * the next instance in turn, as the gateway's load balancer sends them; the gateway itself is not in the path),
 * beside R1ax in each round. Both instances run throughout, so that only where the requests go differs.
 */
final class InstancesPhase {

    private static final String ONE = "reports, 1 instance";
    private static final String TWO = "reports, 2 instances in turn";

    /** One round: the reference, then one instance, then two, back to back (harness rule 1). */
    record Round(Phase reference, Phase one, Phase two) {

        double twoPerOne() {
            return two.measurement().perSecond() / one.measurement().perSecond();
        }
    }

    private final BenchStack stack;
    private final Database database;
    private final BenchSettings settings;
    private final Report report;
    private final PrintStream out;

    InstancesPhase(BenchStack stack, Database database, BenchSettings settings, Report report, PrintStream out) {
        this.stack = stack;
        this.database = database;
        this.settings = settings;
        this.report = report;
        this.out = out;
    }

    void run() throws Exception {
        List<ApiClient> apis = stack.services().stream()
                .map(service -> new ApiClient(service.url(), Benchmark.HOSPITAL)).toList();
        apis.get(0).registerHospital();
        var one = new ApiWorkload(apis.get(0));
        var two = new ApiWorkload(apis);
        try (var loop = new ClosedLoop(settings.clients())) {
            if (!settings.warmUp().isZero()) { // warms both instances' JITs and pools
                Measurement warm = two.report("warm-up", loop, settings.warmUp(), new ConcurrentLinkedQueue<>());
                out.printf(Locale.ROOT, "Warm-up, not counted: %d reports over both instances (%d errors)%n",
                        warm.successes(), warm.errors());
            }
            RawInsertReference.createTable(database);
            var reference = new RawInsertReference(database, RawInsertReference.RowShape.ofServiceEvents(database));
            var pids = stack.services().stream().map(ServiceJvm::pid).toList();
            var recorder = new Phase.Recorder(new CpuClock(pids, stack.postgresPid()), database);
            var rounds = new ArrayList<Round>();
            for (int number = 1; number <= settings.rounds(); number++) {
                out.printf("%nRound %d of %d; machine load (1, 5, 15 min) %s%n", number, settings.rounds(), load());
                Phase raw = recorder.record(() -> reference.run(loop, settings.phase()));
                report.phase(raw, "threads", "");
                Queue<String> ignored = new ConcurrentLinkedQueue<>();
                Phase alone = recorder.record(() -> one.report(ONE, loop, settings.phase(), ignored));
                report.phase(alone, "clients", ratio(alone, raw));
                Phase both = recorder.record(() -> two.report(TWO, loop, settings.phase(), ignored));
                report.phase(both, "clients", ratio(both, raw));
                rounds.add(new Round(raw, alone, both));
                out.printf(Locale.ROOT, "    two instances / one: %.2f × the reports/s%n",
                        rounds.get(rounds.size() - 1).twoPerOne());
            }
            summary(rounds);
        }
    }

    private static String ratio(Phase workload, Phase reference) {
        return String.format(Locale.ROOT, "  = %.3f × R1ax",
                workload.measurement().perSecond() / reference.measurement().perSecond());
    }

    private void summary(List<Round> rounds) {
        out.printf("%nOver %d round(s): median (min–max); %d CPUs, machine load (1, 5, 15 min) %s%n", rounds.size(),
                Runtime.getRuntime().availableProcessors(), load());
        Spread reference = spread(rounds, r -> r.reference().measurement().perSecond());
        line("R1ax raw inserts/s", reference, "%.0f");
        line(ONE + " /s", spread(rounds, r -> r.one().measurement().perSecond()), "%.0f");
        line(TWO + " /s", spread(rounds, r -> r.two().measurement().perSecond()), "%.0f");
        line("two instances / one", spread(rounds, Round::twoPerOne), "%.2f");
        line(ONE + " / R1ax", spread(rounds, r -> r.one().measurement().perSecond()
                / r.reference().measurement().perSecond()), "%.3f");
        line(TWO + " / R1ax", spread(rounds, r -> r.two().measurement().perSecond()
                / r.reference().measurement().perSecond()), "%.3f");
        line(ONE + " p99 ms", spread(rounds, r -> r.one().measurement().p99Millis()), "%.2f");
        line(TWO + " p99 ms", spread(rounds, r -> r.two().measurement().p99Millis()), "%.2f");
        if (reference.unsteady()) {
            out.printf(Locale.ROOT, "  R1ax UNSTEADY: its range is %.0f %% of its median (over %.0f %%, harness"
                    + " rule 2)%n", 100 * reference.relativeRange(), 100 * Spread.UNSTEADY);
        }
        out.println("  Both instances share this machine's cores with PostgreSQL, the broker and the clients;"
                + " command-service's CPU above is both JVMs'. Latencies are closed loop, at saturation.");
    }

    private void line(String label, Spread spread, String format) {
        out.printf(Locale.ROOT, "  %-40s " + format + " (" + format + "–" + format + ")%n", label, spread.median(),
                spread.min(), spread.max());
    }

    private static Spread spread(List<Round> rounds, Function<Round, Double> figure) {
        return Spread.of(rounds.stream().map(figure).toList());
    }

    static String load() {
        try {
            String line = Files.readString(Path.of("/proc/loadavg")).trim();
            return String.join(" ", List.of(line.split(" ")).subList(0, 3));
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
