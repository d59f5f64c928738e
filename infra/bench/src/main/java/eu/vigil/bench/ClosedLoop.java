package eu.vigil.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one operation from N clients, each sending the next request as soon as the previous one answered, for a
 * fixed time. Latency is recorded per client in microseconds and merged at the end.
 */
final class ClosedLoop implements AutoCloseable {

    /** One unit of work; any exception counts as an error, and the first one's message is kept. */
    @FunctionalInterface
    interface Operation {
        void run(int client) throws Exception;
    }

    /** The longest latency a histogram holds; longer ones are recorded as this. */
    static final long HIGHEST_MICROS = Duration.ofMinutes(5).toNanos() / 1000;

    // threads named bench-* live for the whole run, so that their CPU time can be read per phase
    private final ExecutorService clients;
    private final int size;

    ClosedLoop(int clients) {
        this.size = clients;
        var numbers = new AtomicInteger();
        this.clients = Executors.newFixedThreadPool(clients, task -> {
            var thread = new Thread(task, "bench-client-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    int clients() {
        return size;
    }

    Measurement run(String name, Duration duration, Operation operation) throws InterruptedException {
        var firstError = new AtomicReference<String>();
        long began = System.nanoTime();
        long deadline = began + duration.toNanos();
        var results = new ArrayList<Future<Tally>>();
        for (int client = 0; client < size; client++) {
            int id = client;
            results.add(clients.submit(() -> loop(id, deadline, operation, firstError)));
        }
        var latencies = new Histogram(HIGHEST_MICROS, 3);
        long errors = 0;
        for (Future<Tally> result : results) {
            Tally tally = join(result);
            latencies.add(tally.latencies());
            errors += tally.errors();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        return new Measurement(name, size, seconds, latencies, errors, firstError.get());
    }

    private static Tally loop(int client, long deadline, Operation operation, AtomicReference<String> firstError) {
        var latencies = new Histogram(HIGHEST_MICROS, 3);
        long errors = 0;
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            long start = System.nanoTime();
            try {
                operation.run(client);
                latencies.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - start) / 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                errors++;
                firstError.compareAndSet(null, String.valueOf(e.getMessage()));
            }
        }
        return new Tally(latencies, errors);
    }

    private static Tally join(Future<Tally> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A client failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }

    private record Tally(Histogram latencies, long errors) {
    }

    /** This JVM's threads that generate load: the clients, the HTTP client's executor and its selector. */
    static boolean isLoadThread(String threadName) {
        return threadName.startsWith("bench-") || threadName.startsWith("HttpClient-");
    }
}
