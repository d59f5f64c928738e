package eu.vigil.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * How an incident is loaded: from the cache when this JVM holds it, else from its latest snapshot plus the events
 * after it, so that a long incident loads about as fast as a short one (performance.md W6). The aggregate names
 * the beans ({@code @Aggregate(snapshotTriggerDefinition = ..., cache = ...)}).
 * <p>
 * With several instances, another instance's append makes a cached incident stale: its next command then fails on
 * the event store's unique (aggregate, sequence) key, whose rollback evicts it, and the gateway sends the command
 * again (CommandGatewayConfig), which loads the incident afresh.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AggregateLoadingConfig {

    /**
     * A snapshot after this many events loaded or applied since the last one: within performance.md's 100–250, so
     * that a load replays at most about as many events as a typical incident has (tens) plus this many, and
     * snapshots are rare enough not to load the database (one per 150 appends at most).
     */
    static final int SNAPSHOT_THRESHOLD = 150;

    @Bean
    SnapshotTriggerDefinition incidentSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_THRESHOLD);
    }

    /** Holds incidents as long as something else refers to them, or until memory runs short: bounded by the heap. */
    @Bean
    Cache incidentCache() {
        return new WeakReferenceCache();
    }

    /**
     * As Axon's own, but taking snapshots on a thread of its own after the command's commit (performance.md A16)
     * instead of in the request's thread. One thread, a bounded queue; a snapshot that does not fit is dropped:
     * the next trigger schedules it again, and a snapshot already in progress for an incident is not repeated.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(Configuration configuration, HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    SnapshotterSpanFactory spanFactory) {
        var executor = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000),
                runnable -> {
                    var thread = new Thread(runnable, "incident-snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
        executor.allowCoreThreadTimeOut(true);
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(executor)
                .build();
    }
}
