package eu.vigil.eventstore;

import eu.vigil.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kafka-cluster profile's topic settings as a real broker holds them, for a topic the service creates and for
 * one that already existed (an installation moving to the profile). The broker here is a single one, so the
 * replication factor is brought back to 1; the settings are the profile's.
 */
class KafkaClusterProfileIT {

    private static Admin admin;

    private final String incidents = "vigil.incident-events.profile-" + UUID.randomUUID();
    private final String obligations = "vigil.notification-events.profile-" + UUID.randomUUID();

    @BeforeAll
    static void admin() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.shared().kafkaBootstrapServers()));
    }

    @AfterAll
    static void close() {
        admin.close();
    }

    @Test
    void givenTheClusterProfile_whenAServiceCreatesTheTopics_thenTheBrokerHoldsTwoInSyncAndNoUncleanLeader() {
        start();

        assertThat(config(incidents).get("min.insync.replicas").value()).isEqualTo("2");
        assertThat(config(incidents).get("unclean.leader.election.enable").value()).isEqualTo("false");
        assertThat(config(obligations).get("min.insync.replicas").value()).isEqualTo("2");
        assertThat(config(obligations).get("retention.ms").value()).isEqualTo("-1");
    }

    @Test
    void givenATopicCreatedWithoutTheProfile_whenAServiceStartsWithIt_thenTheTopicIsBroughtInLine() throws Exception {
        admin.createTopics(List.of(new NewTopic(incidents, 3, (short) 1))).all().get();
        assertThat(config(incidents).get("min.insync.replicas").value()).isEqualTo("1");

        start();

        // the controller has the change when the service's start returns; the broker's answer follows it shortly
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(config(incidents).get("min.insync.replicas").value()).isEqualTo("2");
            assertThat(config(incidents).get("retention.ms").value()).isEqualTo("-1");
        });
    }

    private void start() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class,
                        KafkaAutoConfiguration.class, TopicsAutoConfiguration.class))
                // below the test's own values (the single broker's replication factor), above the kit's defaults
                .withInitializer(context -> context.getEnvironment().getPropertySources().addLast(clusterProfile()))
                .withPropertyValues("spring.kafka.bootstrap-servers="
                                + TestInfrastructure.shared().kafkaBootstrapServers(),
                        "vigil.topics.incident-events=" + incidents, "vigil.topics.notification-events=" + obligations,
                        "vigil.topics.replication-factor=1")
                .run(started -> assertThat(started).hasNotFailed());
    }

    private static Config config(String topic) {
        try {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return admin.describeConfigs(List.of(resource)).all().get().get(resource);
        } catch (Exception e) {
            throw new AssertionError("Cannot read the settings of " + topic, e);
        }
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
