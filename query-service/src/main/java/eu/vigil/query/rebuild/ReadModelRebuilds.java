package eu.vigil.query.rebuild;

import eu.vigil.consumer.DeadLetters;
import eu.vigil.query.projection.ReadModelFeed;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The read models this service can rebuild, and their rebuilds: at most one of each at a time, one after another on
 * a thread of their own, so that the pages and the live projections keep the rest of the machine.
 */
@Component
public class ReadModelRebuilds {

    private static final int RECORDS_PER_TRANSACTION = 1000;

    private final Map<String, ReadModelFeed> feeds = new LinkedHashMap<>();
    private final Map<String, Rebuild> latest = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final KafkaListenerEndpointRegistry listeners;
    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaAdmin kafkaAdmin;
    private final ShadowTables shadows;
    private final TransactionTemplate transactions;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final RebuildStreams streams;

    ReadModelRebuilds(List<ReadModelFeed> feeds, KafkaListenerEndpointRegistry listeners,
                      ConsumerFactory<String, byte[]> consumers, KafkaAdmin kafkaAdmin, ShadowTables shadows,
                      TransactionTemplate transactions, DeadLetters deadLetters, Clock clock,
                      RebuildStreams streams) {
        feeds.forEach(feed -> this.feeds.put(feed.readModel(), feed));
        this.listeners = listeners;
        this.consumers = consumers;
        this.kafkaAdmin = kafkaAdmin;
        this.shadows = shadows;
        this.transactions = transactions;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.streams = streams;
    }

    /** The read models' names, in a stable order. */
    public List<String> readModels() {
        return List.copyOf(feeds.keySet());
    }

    /** Starts rebuilding the read model; its progress at once. */
    public synchronized RebuildProgress start(String readModel) {
        var feed = feeds.get(readModel);
        if (feed == null) {
            throw new UnknownReadModelException(readModel, readModels());
        }
        var running = latest.get(readModel);
        if (running != null && running.progress().phase().running()) {
            throw new RebuildRunningException(running.progress());
        }
        var live = listeners.getListenerContainer(feed.listenerId());
        if (live == null) {
            throw new IllegalStateException("No listener " + feed.listenerId() + " feeds " + readModel);
        }
        String group = live.getGroupId() + "-rebuild";
        var rebuild = new Rebuild(feed, live,
                () -> consumers.createConsumer(group, "rebuild-" + readModel, null, consumerSettings()),
                () -> Admin.create(kafkaAdmin.getConfigurationProperties()),
                shadows, transactions, deadLetters, clock, streams::progressed);
        latest.put(readModel, rebuild);
        worker.execute(rebuild);
        return rebuild.progress();
    }

    /** The latest rebuild of the read model, running or finished since this instance started. */
    public Optional<RebuildProgress> latest(String readModel) {
        if (!feeds.containsKey(readModel)) {
            throw new UnknownReadModelException(readModel, readModels());
        }
        return Optional.ofNullable(latest.get(readModel)).map(Rebuild::progress);
    }

    public boolean anyRunning() {
        return latest.values().stream().anyMatch(rebuild -> rebuild.progress().phase().running());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    // the rebuild reads by assignment and commits nothing: the group id only names it in the broker's logs
    private static Properties consumerSettings() {
        var settings = new Properties();
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, RECORDS_PER_TRANSACTION);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return settings;
    }
}
