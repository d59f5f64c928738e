package eu.vigil.eventstore;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/**
 * {@link TopicSettings} ({@code vigil.topics}) and both topics with the same partitions and replication factor, so
 * whichever service starts first creates them alike (Spring Kafka's {@code KafkaAdmin} creates a missing topic and
 * leaves an existing one as it is).
 */
@AutoConfiguration
@PropertySource("classpath:eventstore-kit.properties")
@EnableConfigurationProperties(TopicSettings.class)
public class TopicsAutoConfiguration {

    @Bean
    NewTopic incidentEventsTopic(TopicSettings topics) {
        return new NewTopic(topics.incidentEvents(), topics.partitions(), topics.replicationFactor());
    }

    @Bean
    NewTopic notificationEventsTopic(TopicSettings topics) {
        return new NewTopic(topics.notificationEvents(), topics.partitions(), topics.replicationFactor());
    }
}
