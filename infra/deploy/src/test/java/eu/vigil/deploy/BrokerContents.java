package eu.vigil.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;

/** What a broker holds, read as a consumer with read_committed sees it: up to each partition's last committed record. */
final class BrokerContents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BrokerContents() {
    }

    /** The topics a client sees, the broker's own (__consumer_offsets, ...) left out. */
    static Set<String> topics(String bootstrapServers) {
        return topics(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** @param client the bootstrap servers and the client's credentials, if the broker asks for them */
    static Set<String> topics(Map<String, Object> client) {
        try (var admin = Admin.create(client)) {
            return new TreeSet<>(admin.listTopics().names().get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot list the topics at "
                    + client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every committed record of the topic, each partition in its order. */
    static List<ConsumerRecord<String, String>> records(String bootstrapServers, String topic) {
        return records(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic);
    }

    static List<ConsumerRecord<String, String>> records(Map<String, Object> client, String topic) {
        var settings = new HashMap<>(client);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            var records = new ArrayList<ConsumerRecord<String, String>>();
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // the end offsets of a read_committed consumer stop at the last stable offset: reached, all is read
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** Revisions of the shares on the topic by incident id, in the topic's order (one partition per incident). */
    static Map<String, List<Integer>> revisionsByIncident(String bootstrapServers, String topic) {
        return revisionsByIncident(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic);
    }

    static Map<String, List<Integer>> revisionsByIncident(Map<String, Object> client, String topic) {
        var revisions = new TreeMap<String, List<Integer>>();
        for (var record : records(client, topic)) {
            try {
                var share = JSON.readTree(record.value());
                if (!share.path("incidentId").asText().equals(record.key())) {
                    throw new AssertionError("A share keyed " + record.key() + " holds " + record.value());
                }
                revisions.computeIfAbsent(record.key(), key -> new ArrayList<>())
                        .add(share.path("revision").intValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return revisions;
    }
}
