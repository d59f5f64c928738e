package eu.vigil.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The notifier phase ({@code --notifier}): incidents reported at a fixed rate, then how long each took from its
 * IncidentReported's append until its obligations were visible in the notifier's store, the deadlines db-scheduler
 * then holds, and the notifier's memory before the reports and once all deadlines are pending.
 */
final class NotifierPhase {

    private static final int WARM_UP_INCIDENTS = 50;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final double MIB = 1024 * 1024;

    private final ServiceJvm notifier;
    private final ApiClient api;
    private final ObligationStore store;
    private final PrintStream out;
    // the same postgres in both: each clock's "service" is one JVM
    private final CpuClock commandService;
    private final CpuClock notifierCpu;

    NotifierPhase(BenchStack stack, ApiClient api, Database database, PrintStream out) throws IOException {
        this.notifier = stack.notifier();
        this.api = api;
        this.store = new ObligationStore(database);
        this.out = out;
        this.commandService = new CpuClock(stack.servicePid(), stack.postgresPid());
        this.notifierCpu = new CpuClock(notifier.pid(), stack.postgresPid());
    }

    void run(int incidents) throws Exception {
        var workload = new NotifierWorkload(api);
        out.printf(Locale.ROOT, "%nNotifier phase: %d × %s, at a fixed rate of %d/s (open loop), aware at %s%n",
                incidents, NotifierWorkload.REPORT, NotifierWorkload.PER_SECOND, workload.awareAt());
        out.printf("  warm-up, not counted: %d incidents (the topic is new, the notifier's consumer joins, JIT cold)%n",
                WARM_UP_INCIDENTS);
        measure(workload, WARM_UP_INCIDENTS, "warm-up: IncidentReported appended → obligations visible");
        ObligationStore.Scheduler schedulerBefore = store.scheduler();
        NotifierMemory before = memory("before the reports", NotifierMemory.read(notifier), schedulerBefore);
        measure(workload, incidents, "IncidentReported appended → obligations visible in the notifier's store");
        ObligationStore.Scheduler schedulerAfter = store.scheduler();
        NotifierMemory after = memory("after, all deadlines pending", NotifierMemory.read(notifier), schedulerAfter);
        difference(before, after, schedulerAfter.pendingDeadlines() - schedulerBefore.pendingDeadlines(),
                schedulerAfter.tableBytes() - schedulerBefore.tableBytes());
    }

    private void measure(NotifierWorkload workload, int incidents, String label) throws Exception {
        long deadlinesBefore = store.scheduler().pendingDeadlines();
        CpuClock.Reading commandBefore = commandService.read();
        CpuClock.Reading notifierBefore = notifierCpu.read();
        Queue<String> reported = new ConcurrentLinkedQueue<>();
        reports(workload.report(incidents, reported));
        List<String> ids = List.copyOf(reported);
        await(ids, deadlinesBefore);
        cpu(CpuClock.between(commandBefore, commandService.read()),
                CpuClock.between(notifierBefore, notifierCpu.read()));
        store.lag(ids).ifPresentOrElse(lag -> lag(label, lag),
                () -> out.println("  no incident has obligations: no latency"));
    }

    private void reports(Measurement m) {
        out.printf(Locale.ROOT, "  %d reported in %.1f s (%.1f/s), p50 %.2f ms, p99 %.2f ms from the planned start;"
                + " errors %d%n", m.successes(), m.seconds(), m.perSecond(), m.p50Millis(), m.p99Millis(), m.errors());
        if (m.firstError() != null) {
            out.println("    first error: " + m.firstError());
        }
    }

    /** Polls every second, prints every few, until every incident has its obligations and deadlines, or time out. */
    private void await(List<String> ids, long deadlinesBefore) throws Exception {
        long began = System.nanoTime();
        long lastPrinted = began;
        while (true) {
            ObligationStore.Progress p = store.progress(ids);
            long newDeadlines = p.pendingDeadlines() - deadlinesBefore;
            boolean done = p.complete() == ids.size() && newDeadlines >= p.expectedDeadlines();
            long now = System.nanoTime();
            boolean timedOut = now - began > TIMEOUT.toNanos();
            if (done || timedOut || now - lastPrinted >= PROGRESS_EVERY.toNanos()) {
                out.printf(Locale.ROOT, "  %3d s after the last report: %d of %d incidents have their %d obligations"
                                + " (%d obligations); %d of their %d deadlines pending%n",
                        (now - began) / 1_000_000_000, p.complete(), ids.size(),
                        ObligationStore.OBLIGATIONS_PER_INCIDENT, p.obligations(), newDeadlines, p.expectedDeadlines());
                lastPrinted = now;
            }
            if (timedOut && !done) {
                out.printf("  TIMED OUT after %d s: %d incident(s) lack obligations (first: %s), %d deadline(s)"
                                + " not pending; the figures below cover what is there%n", TIMEOUT.toSeconds(),
                        ids.size() - p.complete(), store.incomplete(ids, 5),
                        Math.max(0, p.expectedDeadlines() - newDeadlines));
            }
            if (done || timedOut) {
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    /** Harness rule 4, over the reports and the wait: which process the time went to. */
    private void cpu(CpuClock.Share command, CpuClock.Share notifier) {
        out.printf(Locale.ROOT, "    CPU, %% of one core: command-service %.0f, notifier %.0f, postgres %.0f, bench"
                        + " (load, Kafka broker, JIT, GC) %.0f; machine %.0f of %d, others %.0f%n", command.service(),
                notifier.service(), command.postgres(), command.load() + command.benchOther(), command.machine(),
                100 * Runtime.getRuntime().availableProcessors(), Math.max(0, command.others() - notifier.service()));
    }

    private void lag(String label, ObligationStore.Lag lag) {
        out.printf(Locale.ROOT, "  %s, over %d incidents: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms"
                + " (min %.0f ms)%n", label, lag.incidents(), lag.p50(), lag.p90(), lag.p99(), lag.max(), lag.min());
    }

    private NotifierMemory memory(String when, NotifierMemory memory, ObligationStore.Scheduler scheduler) {
        out.printf(Locale.ROOT, "  notifier %s: RSS %.1f MiB, heap used %s; %d deadlines pending,"
                        + " notification.scheduled_tasks %.1f MiB with indexes%n", when,
                memory.residentBytes() / MIB, heap(memory), scheduler.pendingDeadlines(),
                scheduler.tableBytes() / MIB);
        return memory;
    }

    private void difference(NotifierMemory before, NotifierMemory after, long deadlines, long tableBytes) {
        long resident = after.residentBytes() - before.residentBytes();
        out.printf(Locale.ROOT, "  difference over %+d pending deadlines: RSS %+.1f MiB (%s)", deadlines,
                resident / MIB, perDeadline(resident, deadlines));
        if (before.heapUsedBytes().isPresent() && after.heapUsedBytes().isPresent()) {
            long heap = after.heapUsedBytes().getAsLong() - before.heapUsedBytes().getAsLong();
            out.printf(Locale.ROOT, ", heap used %+.1f MiB (%s)", heap / MIB, perDeadline(heap, deadlines));
        }
        out.printf(Locale.ROOT, ", table %+.1f MiB (%s)%n", tableBytes / MIB, perDeadline(tableBytes, deadlines));
    }

    private static String perDeadline(long bytes, long deadlines) {
        return deadlines <= 0 ? "no new deadline" : String.format(Locale.ROOT, "%+.0f B per deadline",
                (double) bytes / deadlines);
    }

    private static String heap(NotifierMemory memory) {
        if (memory.heapUsedBytes().isEmpty()) {
            return "unknown (/actuator/prometheus unreadable)";
        }
        return String.format(Locale.ROOT, "%.1f MiB (%s)", memory.heapUsedBytes().getAsLong() / MIB,
                memory.afterGc() ? "after a full GC, jcmd GC.run" : "no GC forced: jcmd not found");
    }
}
