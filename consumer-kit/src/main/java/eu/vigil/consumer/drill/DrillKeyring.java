package eu.vigil.consumer.drill;

import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.contracts.drill.DrillSeal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The drill keys of {@code vigil.drill-keys}, in memory only (ADR 0023): a key is read from the topic when a record
 * first needs it, and a tombstone there, the drill's deletion, removes it here at the next read. A sealed record whose
 * key the topic, read to its end, does not hold belongs to a deleted drill: {@link #open} returns nothing, the record
 * is skipped and counted ({@code vigil.drill.records.shredded}), never parked as an error. The key and a drill's
 * first record are published in one Kafka transaction, so a read-committed consumer never sees a record before its
 * key.
 */
public class DrillKeyring {

    public static final String SHREDDED_METRIC = "vigil.drill.records.shredded";
    private static final Logger log = LoggerFactory.getLogger(DrillKeyring.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration READ_TO_THE_END_WITHIN = Duration.ofSeconds(30);
    /** How long a key found in memory is trusted before the topic is read again for tombstones. */
    static final Duration TOMBSTONES_READ_EVERY = Duration.ofSeconds(10);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final String topic;
    private final Counter shredded;
    private final Map<UUID, DrillKey> keys = new ConcurrentHashMap<>();
    private final Set<UUID> tombstoned = ConcurrentHashMap.newKeySet(); // seen deleted: no need to read on for them
    private final Supplier<Consumer<String, byte[]>> uncommittedViews;
    private Consumer<String, byte[]> consumer; // guarded by this; made at the first miss
    private Consumer<String, byte[]> logEnds; // guarded by this; read-uncommitted, only asked for the logs' ends
    private final Duration trustKeysFor;
    private volatile long readAt; // System.nanoTime() of the last read to the end, which alone fills keys

    /**
     * @param consumers        makes the reader: read-committed ({@link #consumerOverrides})
     * @param uncommittedViews makes a consumer that only tells where each partition's log ends, open transactions
     *                         included ({@link #uncommittedViewOverrides})
     */
    public DrillKeyring(Supplier<Consumer<String, byte[]>> consumers,
                        Supplier<Consumer<String, byte[]>> uncommittedViews, String topic, MeterRegistry meters) {
        this(consumers, uncommittedViews, topic, meters, TOMBSTONES_READ_EVERY);
    }

    DrillKeyring(Supplier<Consumer<String, byte[]>> consumers, Supplier<Consumer<String, byte[]>> uncommittedViews,
                 String topic, MeterRegistry meters, Duration trustKeysFor) {
        this.trustKeysFor = trustKeysFor;
        this.consumers = consumers;
        this.uncommittedViews = uncommittedViews;
        this.topic = topic;
        this.shredded = Counter.builder(SHREDDED_METRIC)
                .description("Records of deleted drills skipped: their key is gone (ADR 0023)").register(meters);
    }

    /** The overrides a consumer of the key topic needs beside the service's own consumer settings. */
    public static Properties consumerOverrides() {
        var overrides = new Properties();
        overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        return overrides;
    }

    /** The overrides of the consumer that only tells where the logs end, open transactions included. */
    public static Properties uncommittedViewOverrides() {
        var overrides = consumerOverrides();
        overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        return overrides;
    }

    /**
     * The record as plain envelope JSON: itself when it is in the clear, opened with its drill's key when sealed;
     * empty when its drill was deleted.
     *
     * @throws DrillSeal.TamperedRecordException when it is sealed but does not open: park it
     */
    public Optional<byte[]> open(byte[] record) {
        Optional<UUID> drill = DrillSeal.drillOf(record);
        if (drill.isEmpty()) {
            return Optional.ofNullable(record);
        }
        Optional<DrillKey> key = key(drill.get());
        if (key.isEmpty()) {
            shredded.increment();
            log.debug("A record of deleted drill {} skipped: its key is gone", drill.get());
            return Optional.empty();
        }
        return Optional.of(DrillSeal.open(record, key.get()));
    }

    /**
     * The drill's key, read from the key topic to its end if not known yet; empty once the drill is deleted. A key
     * known here is trusted for {@link #TOMBSTONES_READ_EVERY} at most: then the topic is read again, so that every
     * instance of a service, not only the one that handled the deletion, stops opening a deleted drill's records.
     */
    public Optional<DrillKey> key(UUID drillId) {
        if (tombstoned.contains(drillId)) {
            return Optional.empty();
        }
        DrillKey known = keys.get(drillId);
        if (known != null && System.nanoTime() - readAt < trustKeysFor.toNanos()) {
            return Optional.of(known);
        }
        readToTheEnd();
        if (!keys.containsKey(drillId)) {
            readPastOpenTransactions();
        }
        return Optional.ofNullable(keys.get(drillId));
    }

    /**
     * Whether the key topic deleted the drill's key (its tombstone was read), as against a key not on the topic yet:
     * ask after {@link #key} found none. A tombstone compacted away answers false again.
     */
    public boolean deleted(UUID drillId) {
        return tombstoned.contains(drillId);
    }

    /** Drops the drill's key at once, on its deletion, before the tombstone reaches the topic. */
    public void forget(UUID drillId) {
        keys.remove(drillId);
    }

    /** Reads what the key topic holds since the last read: new keys, and tombstones that remove keys. */
    public synchronized void readToTheEnd() {
        Consumer<String, byte[]> reader = reader();
        readUpTo(reader, reader.endOffsets(reader.assignment()));
    }

    /**
     * Before a missing key means a deleted drill: reads on until the committed end of every partition has reached
     * the end of its log as it stands now. A transaction's commit reaches its partitions one after another, so a
     * record of it can be readable on an event topic while its key, on the key topic, is not yet.
     */
    private synchronized void readPastOpenTransactions() {
        Consumer<String, byte[]> reader = reader();
        if (logEnds == null) {
            logEnds = uncommittedViews.get();
        }
        readUpTo(reader, logEnds.endOffsets(reader.assignment()));
    }

    private void readUpTo(Consumer<String, byte[]> reader, Map<TopicPartition, Long> ends) {
        long giveUpAt = System.nanoTime() + READ_TO_THE_END_WITHIN.toNanos();
        while (!atTheEnd(reader, ends)) {
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException("The key topic " + topic + " was not read to its end within "
                        + READ_TO_THE_END_WITHIN + ": the broker may be down; the record is retried");
            }
            for (ConsumerRecord<String, byte[]> record : reader.poll(POLL)) {
                apply(record);
            }
        }
        readAt = System.nanoTime();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        UUID drillId;
        try {
            drillId = UUID.fromString(record.key());
        } catch (IllegalArgumentException | NullPointerException e) {
            log.warn("A record of {} at {}-{} has no drill id as its key; ignored", topic, record.partition(),
                    record.offset());
            return;
        }
        if (record.value() == null) {
            keys.remove(drillId);
            tombstoned.add(drillId);
        } else {
            keys.put(drillId, DrillKey.of(drillId, record.value()));
            tombstoned.remove(drillId);
        }
    }

    private static boolean atTheEnd(Consumer<String, byte[]> reader, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> reader.position(end.getKey()) >= end.getValue());
    }

    private Consumer<String, byte[]> reader() {
        if (consumer == null) {
            Consumer<String, byte[]> made = consumers.get();
            List<TopicPartition> partitions = made.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            if (partitions.isEmpty()) {
                made.close();
                throw new IllegalStateException("The key topic " + topic + " does not exist yet; the record is retried");
            }
            made.assign(partitions);
            made.seekToBeginning(partitions);
            consumer = made;
        }
        return consumer;
    }

    /** Closes the reader; the keyring makes a new one at its next miss. */
    public synchronized void close() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
        if (logEnds != null) {
            logEnds.close();
            logEnds = null;
        }
    }
}
