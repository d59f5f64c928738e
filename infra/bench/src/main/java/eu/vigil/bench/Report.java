package eu.vigil.bench;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Prints the figures as they come: conditions, each phase of each round, then median and range over rounds. */
final class Report {

    private final PrintStream out;
    private final Set<String> errorsShown = new HashSet<>();

    Report(PrintStream out) {
        this.out = out;
    }

    void conditions(Map<String, String> conditions) {
        out.println("Conditions");
        conditions.forEach((label, value) -> out.printf("  %-16s %s%n", label, value));
    }

    void warmUp(Measurement reports, Measurement appends, RawInsertReference.RowShape shape) {
        out.printf(Locale.ROOT, "Warm-up, not counted: %d reports and %d appends (%d errors); raw rows carry"
                        + " payload %d B and meta_data %d B, the service's average, named like its %s rows%n",
                reports.successes(), appends.successes(), reports.errors() + appends.errors(),
                shape.payloadBytes(), shape.metaDataBytes(),
                shape.payloadType().substring(shape.payloadType().lastIndexOf('.') + 1));
        showFirstError(reports);
        showFirstError(appends);
    }

    void round(int number, int rounds, Round round) {
        out.printf("%nRound %d of %d%n", number, rounds);
        phase(round.reference(), "threads", "");
        phase(round.reports(), "clients", String.format(Locale.ROOT, "  = %.3f × R1ax",
                round.reportsPerReference()));
        phase(round.appends(), "clients", String.format(Locale.ROOT, "  = %.3f × R1ax", round.appendsPerReference()));
        out.printf(Locale.ROOT, "    appends went to %d incidents reported in this round, %.1f events each at the"
                + " end on average%n", round.poolSize(), round.eventsPerPooledIncident());
    }

    void phase(Phase phase, String unit, String ratio) {
        Measurement m = phase.measurement();
        out.printf(Locale.ROOT, "  %-34s %d %-7s %9.1f /s   p50 %7.2f ms   p99 %7.2f ms   errors %d%s%n", m.name(),
                m.clients(), unit, m.perSecond(), m.p50Millis(), m.p99Millis(), m.errors(), ratio);
        CpuClock.Share cpu = phase.cpu();
        out.printf(Locale.ROOT, "    CPU, %% of one core: command-service %.0f, postgres %.0f, bench load %.0f,"
                        + " bench other (Kafka, JIT, GC) %.0f; machine %.0f of %d, others %.0f;"
                        + " autovacuum runs %d, checkpoints %d%n", cpu.service(), cpu.postgres(), cpu.load(),
                cpu.benchOther(), cpu.machine(), 100 * Runtime.getRuntime().availableProcessors(), cpu.others(),
                phase.autovacuumRuns(), phase.checkpoints());
        showFirstError(m);
    }

    private void showFirstError(Measurement m) {
        if (m.firstError() != null && errorsShown.add(m.name())) {
            out.println("    first error: " + m.firstError());
        }
    }

    void summary(List<Round> rounds) {
        out.printf("%nOver %d round(s): median (min–max)%n", rounds.size());
        Spread reference = spread(rounds, round -> round.reference().measurement().perSecond());
        line("R1ax raw inserts/s", reference, "%.0f");
        line("reports/s (" + ApiWorkload.REPORT + ")", spread(rounds, r -> r.reports().measurement().perSecond()),
                "%.0f");
        line("appends/s (" + ApiWorkload.APPEND + ")", spread(rounds, r -> r.appends().measurement().perSecond()),
                "%.0f");
        line("reports / R1ax", spread(rounds, Round::reportsPerReference), "%.3f");
        line("appends / R1ax", spread(rounds, Round::appendsPerReference), "%.3f");
        for (var phase : List.<Function<Round, Phase>>of(Round::reference, Round::reports, Round::appends)) {
            String name = phase.apply(rounds.get(0)).measurement().name();
            line(name + " p50 ms", spread(rounds, r -> phase.apply(r).measurement().p50Millis()), "%.2f");
            line(name + " p99 ms", spread(rounds, r -> phase.apply(r).measurement().p99Millis()), "%.2f");
        }
        if (reference.unsteady()) {
            out.printf(Locale.ROOT, "  R1ax UNSTEADY: its range is %.0f %% of its median (over %.0f %%, harness"
                    + " rule 2)%n", 100 * reference.relativeRange(), 100 * Spread.UNSTEADY);
        }
        out.println("  Latencies are closed-loop, at saturation: not W3's open-loop latency goals (harness rule 5).");
    }

    void tables(List<String> lines) {
        out.println();
        lines.forEach(line -> out.println("  " + line));
    }

    private void line(String label, Spread spread, String format) {
        out.printf(Locale.ROOT, "  %-52s " + format + " (" + format + "–" + format + ")%n", label, spread.median(),
                spread.min(), spread.max());
    }

    private static Spread spread(List<Round> rounds, Function<Round, Double> figure) {
        return Spread.of(rounds.stream().map(figure).toList());
    }
}
