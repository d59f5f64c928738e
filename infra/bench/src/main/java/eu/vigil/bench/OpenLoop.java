package eu.vigil.bench;

import org.HdrHistogram.ConcurrentHistogram;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * One operation started at a fixed rate whatever its latency (open loop, harness rule 5), from at most
 * {@code senders} threads; a start waits only when all of them are busy. Latency runs from each planned start,
 * so that a late start counts (no coordinated omission).
 */
final class OpenLoop {

    private final int perSecond;
    private final int senders;

    OpenLoop(int perSecond, int senders) {
        this.perSecond = perSecond;
        this.senders = senders;
    }

    Measurement run(String name, Duration duration, ClosedLoop.Operation operation) throws InterruptedException {
        return run(name, duration, () -> false, operation);
    }

    /**
     * @param stop checked before each start: true ends the run early, dropping the starts still queued
     * @param operation given the operation's number, from 0
     */
    Measurement run(String name, Duration duration, BooleanSupplier stop, ClosedLoop.Operation operation)
            throws InterruptedException {
        var latencies = new ConcurrentHistogram(ClosedLoop.HIGHEST_MICROS, 3);
        var errors = new AtomicLong();
        var firstError = new AtomicReference<String>();
        ExecutorService threads = threads();
        long began = System.nanoTime();
        long operations = duration.toSeconds() * perSecond;
        try {
            for (long number = 0; number < operations && !stop.getAsBoolean(); number++) {
                long start = began + number * (1_000_000_000L / perSecond);
                TimeUnit.NANOSECONDS.sleep(start - System.nanoTime());
                int id = (int) number;
                threads.execute(() -> {
                    try {
                        operation.run(id);
                        latencies.recordValue(Math.min(ClosedLoop.HIGHEST_MICROS, (System.nanoTime() - start) / 1000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, String.valueOf(e.getMessage()));
                    }
                });
            }
            if (stop.getAsBoolean()) {
                threads.shutdownNow(); // stopped early: starts still queued behind a saturated service are dropped
            } else {
                threads.shutdown();
                threads.awaitTermination(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        return new Measurement(name, senders, (System.nanoTime() - began) / 1e9, latencies, errors.get(),
                firstError.get());
    }

    // named bench-*, so that CpuClock counts them as load; the queue is unbounded, so a start is never refused
    private ExecutorService threads() {
        var numbers = new AtomicInteger();
        return Executors.newFixedThreadPool(senders, task -> {
            var thread = new Thread(task, "bench-rate-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
