package eu.vigil.eventstore;

import eu.vigil.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The {@code kafka-cluster} profile's file, as Spring Boot loads it for that profile. */
class KafkaClusterProfileTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class, TopicsAutoConfiguration.class));

    @Test
    void givenTheKafkaClusterProfile_whenTheTopicsAreDeclared_thenThreeReplicasTwoInSyncAndNoUncleanLeader() {
        context.withInitializer(started -> started.getEnvironment().getPropertySources()
                .addFirst(clusterProfile())).run(started -> {
            assertThat(started.getBeansOfType(NewTopic.class).values())
                    .extracting(NewTopic::name, NewTopic::replicationFactor)
                    .containsExactlyInAnyOrder(tuple(Topics.INCIDENT_EVENTS, (short) 3),
                            tuple(Topics.INCIDENT_SHARES, (short) 3), tuple(Topics.NOTIFICATION_EVENTS, (short) 3),
                            tuple(Topics.DRILL_EVENTS, (short) 3), tuple(Topics.DRILL_SHARES, (short) 3),
                            tuple(Topics.DRILL_KEYS, (short) 3));
            assertThat(started.getBeansOfType(NewTopic.class).values()).allSatisfy(topic -> assertThat(topic.configs())
                    .containsEntry("min.insync.replicas", "2")
                    .containsEntry("unclean.leader.election.enable", "false"));
            assertThat(eventTopics(started)).allSatisfy(topic ->
                    assertThat(topic.configs()).containsEntry("retention.ms", "-1"));
            assertThat(started.getEnvironment().getProperty("spring.kafka.producer.acks")).isEqualTo("all");
            assertThat(started.getEnvironment().getProperty("spring.kafka.producer.properties[enable.idempotence]"))
                    .isEqualTo("true");
        });
    }

    @Test
    void givenNoProfile_whenTheTopicsAreDeclared_thenOneReplicaAndNoSettingBesideTheRetention() {
        context.run(started -> {
            assertThat(started.getBeansOfType(NewTopic.class).values())
                    .allSatisfy(topic -> assertThat(topic.replicationFactor()).isEqualTo((short) 1));
            assertThat(eventTopics(started)).allSatisfy(topic ->
                    assertThat(topic.configs()).containsOnlyKeys("retention.ms", "retention.bytes"));
            assertThat(started.getBean("drillKeysTopic", NewTopic.class).configs())
                    .isEqualTo(TopicsAutoConfiguration.COMPACTED_WITHIN_THE_BOUND);
        });
    }

    @Test
    void givenASettingThatWouldShortenTheRetention_whenTheTopicsAreDeclared_thenTheyStillKeepEveryRecord() {
        context.withPropertyValues("vigil.topics.configs[retention.ms]=1000",
                "vigil.topics.configs[cleanup.policy]=delete").run(started -> {
            assertThat(eventTopics(started)).allSatisfy(topic ->
                    assertThat(topic.configs()).containsEntry("retention.ms", "-1"));
            // the key topic stays compacted: a key is kept until its drill is deleted, however old
            assertThat(started.getBean("drillKeysTopic", NewTopic.class).configs())
                    .containsEntry("cleanup.policy", "compact");
        });
    }

    private static List<NewTopic> eventTopics(ApplicationContext started) {
        return started.getBeansOfType(NewTopic.class).values().stream()
                .filter(topic -> !topic.name().equals(Topics.DRILL_KEYS)).toList();
    }

    private static PropertySource<?> clusterProfile() {
        try {
            return new YamlPropertySourceLoader()
                    .load("kafka-cluster", new ClassPathResource("application-kafka-cluster.yml")).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
