package eu.vigil.command.publication;

import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A deleted drill's key leaves the broker (ADR 0023): on a real broker, the key topic's compaction with its bounds
 * scaled down from hours to a second, and the roller that makes a quiet topic's segment roll. A topic beside it,
 * alike but never rolled, still holds its key: the roller is what bounds the time.
 */
class DrillKeyShreddingIT {

    private static final String BROKER = TestInfrastructure.shared().kafkaBootstrapServers();
    private static final Map<String, String> COMPACTED_WITHIN_A_SECOND = Map.of("cleanup.policy", "compact",
            "segment.ms", "1000", "max.compaction.lag.ms", "1000", "delete.retention.ms", "1000",
            "min.cleanable.dirty.ratio", "0.01");

    private final String rolled = "vigil.drill-keys.shredding-" + UUID.randomUUID();
    private final String quiet = "vigil.drill-keys.quiet-" + UUID.randomUUID();
    private final DrillKey key = DrillKey.generate(UUID.randomUUID());

    @Test
    void givenADeletedDrillsTombstone_whenTheTopicIsRolled_thenItsKeyIsGoneFromTheBroker() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER))) {
            admin.createTopics(List.of(new NewTopic(rolled, 1, (short) 1).configs(COMPACTED_WITHIN_A_SECOND),
                    new NewTopic(quiet, 1, (short) 1).configs(COMPACTED_WITHIN_A_SECOND))).all().get();
        }
        for (String topic : List.of(rolled, quiet)) {
            publish(topic, key.bytes());
            publish(topic, null); // the drill's deletion
        }
        var roller = new DrillKeyTopicRoller(DrillKeyShreddingIT::producer, rolled, Duration.ofMillis(500));

        roller.start();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(valuesOf(rolled)).noneMatch(value -> value != null));
        } finally {
            roller.stop();
        }

        assertThat(valuesOf(quiet)).anySatisfy(value -> assertThat(value).isEqualTo(key.bytes()));
    }

    private List<byte[]> valuesOf(String topic) {
        var values = new ArrayList<byte[]>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            var partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.drillId().toString().equals(record.key())) {
                        values.add(record.value());
                    }
                }
            }
        }
        return values;
    }

    private void publish(String topic, byte[] value) throws Exception {
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(topic, 0, key.drillId().toString(), value)).get();
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER),
                new StringSerializer(), new ByteArraySerializer());
    }
}
