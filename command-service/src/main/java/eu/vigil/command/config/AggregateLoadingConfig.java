package eu.vigil.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.caching.NoCache;
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
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ExpiryPolicyBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
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
 * again (CommandGatewayConfig), which loads the incident afresh. So behind a balancer that does not route an
 * incident's commands to one instance, a command that follows one on the other instance costs one more attempt.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AggregateLoadingConfig {

    /**
     * A snapshot after this many events loaded or applied since the last one: within performance.md's 100–250, so
     * that a load replays at most about as many events as a typical incident has (tens) plus this many, and
     * snapshots are rare enough not to load the database (one per 150 appends at most).
     */
    static final int SNAPSHOT_THRESHOLD = 150;

    private static final String INCIDENTS = "incidents";

    @Bean
    SnapshotTriggerDefinition incidentSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_THRESHOLD);
    }

    /**
     * The incidents of the last commands, on the heap, by reference: at most {@code vigil.incident-cache.size}, the
     * least recently used let go first, and any left idle for {@code vigil.incident-cache.idle}. Not Axon's
     * {@code WeakReferenceCache}: weak references are cleared at every garbage collection, every second or two under
     * load, so it served one append in five (the benchmark's W2, 2026-12-07).
     */
    @Bean(destroyMethod = "close")
    CacheManager incidentCacheManager(IncidentCacheProperties properties) {
        var incidents = CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                ResourcePoolsBuilder.heap(properties.size()))
                .withExpiry(ExpiryPolicyBuilder.timeToIdleExpiration(properties.idle()));
        return CacheManagerBuilder.newCacheManagerBuilder().withCache(INCIDENTS, incidents).build(true);
    }

    /** The cache above, or none when {@code vigil.incident-cache.enabled} is false. */
    @Bean
    Cache incidentCache(IncidentCacheProperties properties, CacheManager incidentCacheManager) {
        if (!properties.enabled()) {
            return NoCache.INSTANCE;
        }
        var incidents = incidentCacheManager.getCache(INCIDENTS, Object.class, Object.class);
        return new EhCache3Adapter((Ehcache<?, ?>) incidents);
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
