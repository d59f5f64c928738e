package eu.vigil.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * W2's figures ({@link CommandGatewayPhase}): each round's lines as it ends, then the medians over the rounds with
 * performance.md's goals and whether they were met.
 */
final class CommandGatewayFigures {

    private static final double CACHED_MUST = 0.25;
    private static final double CACHED_TARGET = 0.40;
    private static final double UNCACHED_MUST = 0.30;
    private static final double UNCACHED_TARGET = 0.50;
    private static final double REPORT_MUST = 0.30;
    private static final double ONE_SENDER_LIMIT = 3;

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

    private final PrintStream out;
    private final PhaseLines lines;
    private final BenchSettings settings;

    CommandGatewayFigures(PrintStream out, PhaseLines lines, BenchSettings settings) {
        this.out = out;
        this.lines = lines;
        this.settings = settings;
    }

    void printCached(int number, CachedRound round) {
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

    void printUncached(int number, UncachedRound round) {
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

    void summary(List<CachedRound> cached, List<UncachedRound> uncached) {
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
