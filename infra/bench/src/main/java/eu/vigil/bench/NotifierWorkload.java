package eu.vigil.bench;

import org.HdrHistogram.ConcurrentHistogram;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reports incidents with personal data "unknown" at a fixed rate (open loop), so that each one opens the GDPR
 * obligations in the notifier while the arrival rate stays modest and steady whatever the service's latency.
 */
final class NotifierWorkload {

    static final int PER_SECOND = 50;
    static final String REPORT = ApiWorkload.REPORT + " with personalDataInvolved \"unknown\"";
    // at most this many reports in flight; a start waits only when all of them are
    private static final int SENDERS = 8;
    private static final Map<String, String> PERSONAL_DATA_UNKNOWN = Map.of("personalDataInvolved", "unknown");

    private final ApiClient api;
    // minutes before the run: the reminders (60, 68 and 71 h after awareness) and the 72 h due instant lie ahead
    private final Instant awareAt = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    NotifierWorkload(ApiClient api) {
        this.api = api;
    }

    /**
     * Latency runs from each report's planned start, so that a late start counts (no coordinated omission).
     *
     * @param reported receives the id of every incident reported
     */
    Measurement report(int incidents, Queue<String> reported) throws InterruptedException {
        var outcome = new Outcome(new ConcurrentHistogram(ClosedLoop.HIGHEST_MICROS, 3), new AtomicLong(),
                new AtomicReference<>());
        ExecutorService senders = senders();
        long began = System.nanoTime();
        try {
            for (int number = 1; number <= incidents; number++) {
                long start = began + (number - 1) * (1_000_000_000L / PER_SECOND);
                TimeUnit.NANOSECONDS.sleep(start - System.nanoTime());
                String summary = "Benchmark incident " + number + " with personal data unknown";
                senders.execute(() -> outcome.record(start, sender -> reported.add(
                        api.report(summary, awareAt, PERSONAL_DATA_UNKNOWN))));
            }
            senders.shutdown();
            senders.awaitTermination(2, TimeUnit.MINUTES);
        } finally {
            senders.shutdownNow();
        }
        return new Measurement(REPORT, SENDERS, (System.nanoTime() - began) / 1e9, outcome.latencies(),
                outcome.errors().get(), outcome.firstError().get());
    }

    Instant awareAt() {
        return awareAt;
    }

    // named bench-*, so that CpuClock counts them as load
    private static ExecutorService senders() {
        var numbers = new AtomicInteger();
        return Executors.newFixedThreadPool(SENDERS, task -> {
            var thread = new Thread(task, "bench-rate-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What the reports did, written by all senders at once. */
    private record Outcome(ConcurrentHistogram latencies, AtomicLong errors, AtomicReference<String> firstError) {

        void record(long plannedStart, ClosedLoop.Operation report) {
            try {
                report.run(0);
                latencies.recordValue(Math.min(ClosedLoop.HIGHEST_MICROS, (System.nanoTime() - plannedStart) / 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, String.valueOf(e.getMessage()));
            }
        }
    }
}
