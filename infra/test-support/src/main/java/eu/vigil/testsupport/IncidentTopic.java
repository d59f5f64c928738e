package eu.vigil.testsupport;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.Topics;
import eu.vigil.contracts.incident.IncidentEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Writes to the test's incident topic as the command service does, a share also to the share topic beside it
 * (ADR 0021), and waits for a consumer group to pass a record.
 */
public record IncidentTopic(String bootstrapServers, String topic) {

    /** Publishes the event; the answer is its record on the incident topic. */
    public RecordMetadata publish(EventEnvelope<?> envelope) {
        try (var producer = new KafkaProducer<>(settings(), new StringSerializer(), new ByteArraySerializer())) {
            var sent = records(envelope).stream().map(producer::send).toList();
            for (var record : sent) {
                record.get();
            }
            return sent.get(0).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot send to " + topic, e.getCause());
        }
    }

    /** Publishes the events in their order through one producer, and returns once the broker has them all. */
    public void publishAll(List<? extends EventEnvelope<?>> envelopes) {
        try (var producer = new KafkaProducer<>(settings(), new StringSerializer(), new ByteArraySerializer())) {
            var sent = envelopes.stream().flatMap(envelope -> records(envelope).stream()).map(producer::send)
                    .toList();
            for (var record : sent) {
                record.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot send to " + topic, e.getCause());
        }
    }

    public RecordMetadata send(String key, byte[] value) {
        try (var producer = new KafkaProducer<>(settings(), new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot send to " + topic, e.getCause());
        }
    }

    /** The share topic of the same test context: test-support names a context's topics with one suffix. */
    public String shareTopic() {
        if (!topic.startsWith(Topics.INCIDENT_EVENTS)) {
            throw new IllegalStateException("No share topic known beside " + topic);
        }
        return Topics.INCIDENT_SHARES + topic.substring(Topics.INCIDENT_EVENTS.length());
    }

    private List<ProducerRecord<String, byte[]>> records(EventEnvelope<?> envelope) {
        var event = new ProducerRecord<>(topic, envelope.aggregateId(), EventJson.write(envelope));
        if (envelope.payload() instanceof IncidentEvent payload && Topics.isShare(payload)) {
            return List.of(event, new ProducerRecord<>(shareTopic(), envelope.aggregateId(), event.value()));
        }
        return List.of(event);
    }

    private Map<String, Object> settings() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all");
    }

    /** Waits until the group has committed an offset past this record, i.e. its listener returned for it. */
    public void awaitConsumed(String group, RecordMetadata record) {
        var partition = new TopicPartition(record.topic(), record.partition());
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                        .get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }
}
