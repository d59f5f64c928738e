package eu.vigil.eventstore;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

import java.util.Map;

/**
 * {@link TopicSettings} ({@code vigil.topics}) and both topics with the same partitions, replication factor and
 * settings, so whichever service starts first creates them alike (Spring Kafka's {@code KafkaAdmin} creates a missing
 * topic, and brings an existing one's settings in line: {@code spring.kafka.admin.modify-topic-configs}).
 * <p>
 * The event topics keep every record for ever: a read model is rebuilt from them (query-service's rebuild), and a
 * new consumer group starts from their first record.
 */
@AutoConfiguration
@PropertySource("classpath:eventstore-kit.properties")
@EnableConfigurationProperties(TopicSettings.class)
public class TopicsAutoConfiguration {

    static final Map<String, String> KEPT_FOR_EVER = Map.of("retention.ms", "-1", "retention.bytes", "-1");

    @Bean
    NewTopic incidentEventsTopic(TopicSettings topics) {
        return new NewTopic(topics.incidentEvents(), topics.partitions(), topics.replicationFactor())
                .configs(KEPT_FOR_EVER);
    }

    @Bean
    NewTopic notificationEventsTopic(TopicSettings topics) {
        return new NewTopic(topics.notificationEvents(), topics.partitions(), topics.replicationFactor())
                .configs(KEPT_FOR_EVER);
    }
}
