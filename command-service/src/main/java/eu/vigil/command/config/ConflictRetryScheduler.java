package eu.vigil.command.config;

import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Sends a command again when, and only when, it met another append to its incident: Axon's
 * {@link ConcurrencyException}, the event store's unique (aggregate, sequence) key. Its rollback has evicted the
 * cached incident, so the next try loads it afresh from the store and decides on the current state. Every other
 * failure (a broken rule, an unknown incident, a report retried after its key expired) is answered at once.
 */
final class ConflictRetryScheduler extends IntervalRetryScheduler implements AutoCloseable {

    private final ScheduledExecutorService executor;

    private ConflictRetryScheduler(Builder builder, ScheduledExecutorService executor) {
        super(builder);
        this.executor = executor;
    }

    /** Up to {@code retries} further tries, each {@code intervalMillis} after the failed one. */
    static ConflictRetryScheduler of(int retries, int intervalMillis) {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
            var thread = new Thread(runnable, "command-conflict-retry");
            thread.setDaemon(true);
            return thread;
        });
        return new ConflictRetryScheduler(IntervalRetryScheduler.builder().retryExecutor(executor)
                .maxRetryCount(retries).retryInterval(intervalMillis), executor);
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
