package eu.vigil.testsupport;

import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Spring contexts that use the test servers. At JVM exit the servers stop only once these have closed: stopped
 * first, a context's Kafka clients and the threads that hold a database connection while they wait for the broker
 * keep it from closing until the test JVM's exit allowance runs out.
 */
final class ContextsInUse {

    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();

    private ContextsInUse() {
    }

    static void add(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    /** Waits until every context closed (Spring closes them in its own shutdown hook), at most {@code limit}. */
    static void awaitClosed(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (CONTEXTS.stream().anyMatch(ConfigurableApplicationContext::isActive) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
