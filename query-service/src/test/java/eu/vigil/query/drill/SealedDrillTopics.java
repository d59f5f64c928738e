package eu.vigil.query.drill;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.contracts.drill.DrillSeal;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a drill's records as its publishers do (ADR 0023): its key on the key topic, then its records sealed with
 * that key, in one Kafka transaction; and the key's tombstone, the drill's deletion on the key topic.
 */
public record SealedDrillTopics(String bootstrapServers, String keyTopic) {

    public SealedDrillTopics(Environment context) {
        this(context.getRequiredProperty("spring.kafka.bootstrap-servers"),
                context.getRequiredProperty("vigil.topics.drill-keys"));
    }

    /** One topic's records of the drill, to be sealed. */
    public record Records(String topic, List<? extends EventEnvelope<?>> envelopes) {
    }

    /** The key, then every topic's records in their order, sealed, in one transaction. */
    public void publish(DrillKey key, List<Records> topics) {
        transaction(producer -> {
            producer.send(new ProducerRecord<>(keyTopic, key.drillId().toString(), key.bytes()));
            topics.forEach(records -> records.envelopes().forEach(envelope -> producer.send(new ProducerRecord<>(
                    records.topic(), envelope.aggregateId(), DrillSeal.seal(EventJson.write(envelope), key)))));
        });
    }

    /** Records in the clear, such as {@code DrillDeleted}, or a sealed record already made. */
    public void publishAsIs(String topic, String key, byte[] value) {
        transaction(producer -> producer.send(new ProducerRecord<>(topic, key, value)));
    }

    /**
     * The drill's deletion as command-service publishes it: {@code DrillDeleted} in the clear on the drill topic and
     * the key's tombstone, in one transaction.
     */
    public void delete(String drillTopic, EventEnvelope<?> deleted, UUID drillId) {
        transaction(producer -> {
            producer.send(new ProducerRecord<>(drillTopic, deleted.aggregateId(), EventJson.write(deleted)));
            producer.send(new ProducerRecord<>(keyTopic, drillId.toString(), null));
        });
    }

    /** The drill's deletion on the key topic: its key is gone. */
    public void tombstone(UUID drillId) {
        transaction(producer -> producer.send(new ProducerRecord<>(keyTopic, drillId.toString(), null)));
    }

    private void transaction(java.util.function.Consumer<KafkaProducer<String, byte[]>> sends) {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "query-it-drill-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            sends.accept(producer);
            producer.commitTransaction();
        }
    }
}
