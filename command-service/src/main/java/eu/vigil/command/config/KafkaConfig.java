package eu.vigil.command.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    @Bean
    NewTopic incidentEventsTopic(TopicsProperties topics, PublicationProperties publication) {
        return new NewTopic(topics.incidentEvents(), publication.partitions(), publication.replicationFactor());
    }
}
