package eu.vigil.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads what is on a topic, for assertions: every record from the beginning of every partition. */
public final class TopicRecords {

    private static final Duration POLL = Duration.ofMillis(100);

    private TopicRecords() {
    }

    /**
     * Reads every record committed when called (up to each partition's end, however slowly the broker answers), then
     * polls until no new record arrived for {@code quiet}; a topic that does not exist yet is empty.
     */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic,
                                                               Duration quiet) {
        var settings = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            var records = new ArrayList<ConsumerRecord<String, byte[]>>();
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Could not read " + topic + " to its end " + ends + " in 60 s");
                }
                consumer.poll(POLL).forEach(records::add);
            }
            Instant quietSince = Instant.now();
            while (Duration.between(quietSince, Instant.now()).compareTo(quiet) < 0) {
                var polled = consumer.poll(POLL);
                if (!polled.isEmpty()) {
                    polled.forEach(records::add);
                    quietSince = Instant.now();
                }
            }
            return records;
        }
    }
}
