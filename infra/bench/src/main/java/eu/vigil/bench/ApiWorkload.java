package eu.vigil.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workload through the HTTP API: reporting new incidents, then appending timeline entries spread uniformly
 * over a pool of the incidents just reported, so that every append loads its incident from the event store.
 */
final class ApiWorkload {

    static final String REPORT = "POST /api/incidents";
    static final String APPEND = "POST /api/incidents/{id}/timeline";

    private final List<ApiClient> apis;
    private final AtomicLong turns = new AtomicLong();
    // every incident became known two hours before the run, so that any instant since is a valid entry time
    private final Instant awareAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private final AtomicLong numbers = new AtomicLong();

    ApiWorkload(ApiClient api) {
        this(List.of(api));
    }

    /** @param apis several instances of the service: each request goes to the next one in turn, as the gateway's */
    ApiWorkload(List<ApiClient> apis) {
        this.apis = List.copyOf(apis);
    }

    /** @param reported receives the id of every incident reported */
    Measurement report(ClosedLoop loop, Duration duration, Queue<String> reported) throws InterruptedException {
        return report(REPORT, loop, duration, reported);
    }

    /** @param name the measurement's name, when several report phases are printed side by side */
    Measurement report(String name, ClosedLoop loop, Duration duration, Queue<String> reported)
            throws InterruptedException {
        return loop.run(name, duration, client -> reported.add(api().report(
                "Benchmark incident " + numbers.incrementAndGet() + " from client " + client, awareAt)));
    }

    Measurement append(ClosedLoop loop, Duration duration, List<String> incidents) throws InterruptedException {
        return loop.run(APPEND, duration, client -> {
            var random = ThreadLocalRandom.current();
            String incident = incidents.get(random.nextInt(incidents.size()));
            long sinceAware = Duration.between(awareAt, Instant.now()).toMillis() - 1000;
            api().appendObservation(incident, "Observation " + numbers.incrementAndGet() + " from client " + client,
                    awareAt.plusMillis(random.nextLong(sinceAware)));
        });
    }

    private ApiClient api() {
        return apis.get((int) (turns.getAndIncrement() % apis.size()));
    }

    /** The pool the appends go to, picked uniformly from what was reported. */
    static List<String> pool(Queue<String> reported, int size) {
        var all = new ArrayList<>(reported);
        if (all.isEmpty()) {
            throw new IllegalStateException("No incident was reported, so there is none to append to");
        }
        Collections.shuffle(all);
        return List.copyOf(all.subList(0, Math.min(size, all.size())));
    }
}
