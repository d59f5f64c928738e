package eu.vigil.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The lines W1 and W2 print for each measured phase: its rate, latencies and errors beside the ratio to its
 * reference, then where the machine's CPU went, then the first error if any.
 *
 * @param labelWidth  the width the phase names are padded to, so that the figures line up
 * @param one         what one client is called ("thread", "client"); several take an "s"
 * @param load        what the benchmark's client threads run, as the CPU line names it
 * @param other       what else the benchmark's JVM runs
 */
record PhaseLines(PrintStream out, int labelWidth, String one, String load, String other) {

    void print(String label, Phase phase, String ratio) {
        Measurement m = phase.measurement();
        String figures = "  %-" + labelWidth + "s %d %-7s %9.1f /s   p50 %7.2f ms   p99 %7.2f ms   errors %d%s%n";
        out.printf(Locale.ROOT, figures, label, m.clients(), m.clients() == 1 ? one : one + "s", m.perSecond(),
                m.p50Millis(), m.p99Millis(), m.errors(), ratio);
        CpuClock.Share cpu = phase.cpu();
        out.printf(Locale.ROOT, "    CPU, %% of one core: postgres %.0f, bench load (%s) %.0f, bench other (%s) %.0f;"
                        + " machine %.0f of %d, others %.0f; autovacuum runs %d, checkpoints %d%n", cpu.postgres(),
                load, cpu.load(), other, cpu.benchOther(), cpu.machine(),
                100 * Runtime.getRuntime().availableProcessors(), cpu.others(), phase.autovacuumRuns(),
                phase.checkpoints());
        firstError(m);
    }

    void firstError(Measurement m) {
        if (m.firstError() != null) {
            out.println("    first error: " + m.firstError());
        }
    }
}
