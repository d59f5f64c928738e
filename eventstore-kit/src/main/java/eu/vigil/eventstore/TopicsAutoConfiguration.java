package eu.vigil.eventstore;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link TopicSettings} ({@code vigil.topics}) and the six topics with the same partitions, replication factor and
 * settings, so whichever service starts first creates them alike (Spring Kafka's {@code KafkaAdmin} creates a missing
 * topic, and brings an existing one's settings in line: {@code spring.kafka.admin.modify-topic-configs}).
 * <p>
 * The event topics keep every record for ever: a read model is rebuilt from them (query-service's rebuild), and a
 * new consumer group starts from their first record. On a cluster, the {@code kafka-cluster} profile
 * (application-kafka-cluster.yml) adds three replicas, two of them in sync for a write.
 */
@AutoConfiguration
@PropertySource("classpath:eventstore-kit.properties")
@EnableConfigurationProperties(TopicSettings.class)
public class TopicsAutoConfiguration {

    static final Map<String, String> KEPT_FOR_EVER = Map.of("retention.ms", "-1", "retention.bytes", "-1");

    /** How long, at most, a deleted drill's key stays on the broker after its tombstone, in two compactions. */
    public static final Duration KEY_SHREDDED_WITHIN = Duration.ofHours(2);

    static final Map<String, String> COMPACTED_WITHIN_THE_BOUND = Map.of(
            "cleanup.policy", "compact",
            "segment.ms", String.valueOf(KEY_SHREDDED_WITHIN.dividedBy(2).toMillis()),
            "max.compaction.lag.ms", String.valueOf(KEY_SHREDDED_WITHIN.dividedBy(2).toMillis()),
            "delete.retention.ms", String.valueOf(KEY_SHREDDED_WITHIN.dividedBy(2).toMillis()),
            "min.cleanable.dirty.ratio", "0.01");

    @Bean
    NewTopic incidentEventsTopic(TopicSettings topics) {
        return new NewTopic(topics.incidentEvents(), topics.partitions(), topics.replicationFactor())
                .configs(configs(topics));
    }

    @Bean
    NewTopic incidentSharesTopic(TopicSettings topics) {
        return new NewTopic(topics.incidentShares(), topics.partitions(), topics.replicationFactor())
                .configs(configs(topics));
    }

    @Bean
    NewTopic notificationEventsTopic(TopicSettings topics) {
        return new NewTopic(topics.notificationEvents(), topics.partitions(), topics.replicationFactor())
                .configs(configs(topics));
    }

    @Bean
    NewTopic drillEventsTopic(TopicSettings topics) {
        return new NewTopic(topics.drillEvents(), topics.partitions(), topics.replicationFactor())
                .configs(configs(topics));
    }

    @Bean
    NewTopic drillSharesTopic(TopicSettings topics) {
        return new NewTopic(topics.drillShares(), topics.partitions(), topics.replicationFactor())
                .configs(configs(topics));
    }

    /**
     * The drill keys (ADR 0023): compacted, so the topic keeps each drill's key, and the tombstone that deletes one
     * takes it off the broker within {@link #KEY_SHREDDED_WITHIN}: a segment rolls and is compacted at the latest
     * that long after a record, and the tombstone itself goes that long after.
     */
    @Bean
    NewTopic drillKeysTopic(TopicSettings topics) {
        var configs = new HashMap<>(topics.configs());
        configs.putAll(COMPACTED_WITHIN_THE_BOUND);
        return new NewTopic(topics.drillKeys(), topics.partitions(), topics.replicationFactor()).configs(configs);
    }

    private static Map<String, String> configs(TopicSettings topics) {
        var configs = new HashMap<>(topics.configs());
        configs.putAll(KEPT_FOR_EVER); // a setting cannot shorten the retention a rebuild needs
        return configs;
    }
}
