package eu.vigil.command.publication;

import eu.vigil.eventstore.TopicSettings;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps a deleted drill's key from staying on the broker (ADR 0023, amendments): Kafka compacts only closed segments
 * and closes the active one only when a record is appended after {@code segment.ms}, so on a quiet key topic a
 * tombstone and the key before it could stay for ever. Every {@code vigil.drill-keys.roll-every} (half an hour) this
 * appends a tombstone of the nil drill id to each partition: it rolls a segment that is due, and is itself compacted
 * away. Several instances each doing it is harmless. Each round, and first at the start, it also sends the key of any
 * drill whose key is not on the topic yet ({@link DrillSealing#publishMissingKeys}).
 */
@Component
public class DrillKeyTopicRoller implements SmartLifecycle {

    /** No drill has it: its tombstones only make segments roll. */
    static final String NO_DRILL = new UUID(0, 0).toString();
    private static final Logger log = LoggerFactory.getLogger(DrillKeyTopicRoller.class);

    private final Runnable missingKeys;
    private final Supplier<Producer<String, byte[]>> producers;
    private final String topic;
    private final Duration every;
    private ScheduledExecutorService schedule;
    private Producer<String, byte[]> producer;

    @Autowired // the other constructor is the tests'
    DrillKeyTopicRoller(KafkaProperties kafka, TopicSettings topics, DrillSealing sealing,
                        @Value("${vigil.drill-keys.roll-every:PT30M}") Duration every) {
        this(sealing::publishMissingKeys, () -> {
            var settings = new HashMap<>(kafka.buildProducerProperties(null));
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            return new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
        }, topics.drillKeys(), every);
    }

    DrillKeyTopicRoller(Supplier<Producer<String, byte[]>> producers, String topic, Duration every) {
        this(() -> { }, producers, topic, every);
    }

    private DrillKeyTopicRoller(Runnable missingKeys, Supplier<Producer<String, byte[]>> producers, String topic,
                                Duration every) {
        this.missingKeys = missingKeys;
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("vigil.drill-keys.roll-every must be positive: " + every);
        }
        this.producers = producers;
        this.topic = topic;
        this.every = every;
    }

    /** A round: the keys of drills from before keys first, then the roll. */
    void round() {
        try {
            missingKeys.run();
        } catch (RuntimeException e) {
            log.warn("The keys of older drills were not all sent this round: {}", e.toString());
        }
        roll();
    }

    /** Appends the nil drill's tombstone to each partition of the key topic. */
    synchronized void roll() {
        try {
            if (producer == null) {
                producer = producers.get();
            }
            for (PartitionInfo partition : producer.partitionsFor(topic)) {
                producer.send(new ProducerRecord<>(topic, partition.partition(), NO_DRILL, null));
            }
            producer.flush();
        } catch (RuntimeException e) {
            // the next round tries again; a deleted key only stays on the broker a round longer
            log.warn("The drill key topic {} was not rolled this round: {}", topic, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "drill-key-roller");
            thread.setDaemon(true);
            return thread;
        });
        // the first round at once: an install upgraded from before drills had keys sends theirs
        schedule.scheduleWithFixedDelay(this::round, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }
}
