package eu.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;

import static eu.vigil.deploy.Manifests.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strimzi's topics and cluster against eventstore-kit's topic settings and the kafka-cluster profile, and
 * CloudNativePG's cluster against the services' data source.
 */
class KafkaClusterTest {

    private static final JsonNode PROFILE = Yamls.document(Repository.EVENTSTORE_KIT
            .resolve("application-kafka-cluster.yml"));

    @Test
    void givenTheKafkaTopicResources_whenComparedWithTheServicesTopics_thenSameNamesPartitionsAndClusterProfile()
            throws IOException {
        var topics = new Properties();
        try (Reader reader = Files.newBufferedReader(Repository.EVENTSTORE_KIT.resolve("eventstore-kit.properties"))) {
            topics.load(reader);
        }
        var declared = Manifests.ofKind(BASE, "KafkaTopic");
        assertThat(declared).extracting(topic -> topic.at("/spec/topicName").asText()).containsExactlyInAnyOrder(
                topics.getProperty("vigil.topics.incident-events"), topics.getProperty("vigil.topics.incident-shares"),
                topics.getProperty("vigil.topics.notification-events"), topics.getProperty("vigil.topics.drill-events"),
                topics.getProperty("vigil.topics.drill-shares"), topics.getProperty("vigil.topics.drill-keys"));
        JsonNode settings = PROFILE.at("/vigil/topics");
        assertThat(settings.path("replication-factor").asInt()).isEqualTo(3);
        assertThat(settings.path("configs").path("[min.insync.replicas]").asInt()).isEqualTo(2);
        String kafka = Manifests.ofKind(BASE, "Kafka").get(0).at("/metadata/name").asText();
        assertThat(declared).allSatisfy(topic -> {
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(kafka);
            assertThat(topic.at("/spec/partitions").asInt())
                    .isEqualTo(Integer.parseInt(topics.getProperty("vigil.topics.partitions")));
            assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(settings.path("replication-factor").asInt());
            JsonNode config = topic.at("/spec/config");
            assertThat(config.path("min.insync.replicas").asText())
                    .isEqualTo(settings.path("configs").path("[min.insync.replicas]").asText());
            assertThat(config.path("unclean.leader.election.enable").asText()).isEqualTo("false")
                    .isEqualTo(settings.path("configs").path("[unclean.leader.election.enable]").asText());
        });
        // as TopicsAutoConfiguration creates them: a read model is rebuilt from every record of the event topics,
        // and a drill's deleted key leaves the compacted key topic within two hours (ADR 0023)
        String keys = topics.getProperty("vigil.topics.drill-keys");
        assertThat(declared).filteredOn(topic -> !topic.at("/spec/topicName").asText().equals(keys))
                .allSatisfy(topic -> {
                    assertThat(topic.at("/spec/config/retention.ms").asText()).isEqualTo("-1");
                    assertThat(topic.at("/spec/config/retention.bytes").asText()).isEqualTo("-1");
                });
        assertThat(declared).filteredOn(topic -> topic.at("/spec/topicName").asText().equals(keys))
                .singleElement().satisfies(topic -> {
                    JsonNode config = topic.at("/spec/config");
                    assertThat(config.path("cleanup.policy").asText()).isEqualTo("compact");
                    assertThat(config.path("segment.ms").asLong() + config.path("max.compaction.lag.ms").asLong())
                            .isLessThanOrEqualTo(Duration.ofHours(2).toMillis());
                    assertThat(config.has("retention.ms")).isFalse();
                });
    }

    @Test
    void givenTheClusterProfile_whenItsProducerSettingsAreRead_thenEveryWriteWaitsForAllInSyncReplicasOnce() {
        assertThat(PROFILE.at("/spring/kafka/producer/acks").asText()).isEqualTo("all");
        assertThat(PROFILE.at("/spring/kafka/producer/properties/[enable.idempotence]").asText()).isEqualTo("true");
    }

    @Test
    void givenTheStrimziCluster_whenItsBrokerSettingsAreRead_thenThreeNodesTwoInSyncAndNoUncleanLeader() {
        JsonNode kafka = Manifests.ofKind(BASE, "Kafka").get(0);
        JsonNode config = kafka.at("/spec/kafka/config");
        assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(config.path("unclean.leader.election.enable").asText()).isEqualTo("false");
        assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("transaction.state.log.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("transaction.state.log.min.isr").asInt()).isEqualTo(2);
        int brokers = Manifests.ofKind(BASE, "KafkaNodePool").stream()
                .filter(pool -> pool.at("/metadata/labels/strimzi.io~1cluster").asText()
                        .equals(kafka.at("/metadata/name").asText()))
                .filter(pool -> pool.at("/spec/roles").toString().contains("broker"))
                .mapToInt(pool -> pool.at("/spec/replicas").asInt()).sum();
        assertThat(brokers).isGreaterThanOrEqualTo(PROFILE.at("/vigil/topics/replication-factor").asInt());
    }

    @Test
    void givenTheConfigMap_whenItNamesKafkaAndPostgres_thenTheyAreTheOperatorsServices() {
        JsonNode data = Manifests.get(BASE, "ConfigMap", "vigil-config").path("data");
        JsonNode kafka = Manifests.ofKind(BASE, "Kafka").get(0);
        int plainPort = kafka.at("/spec/kafka/listeners/0/port").asInt();
        // Strimzi's bootstrap Service is <cluster>-kafka-bootstrap
        assertThat(data.path("kafka-bootstrap-servers").asText())
                .isEqualTo(kafka.at("/metadata/name").asText() + "-kafka-bootstrap:" + plainPort);
        JsonNode postgres = Manifests.ofKind(BASE, "Cluster").get(0);
        assertThat(postgres.at("/spec/instances").asInt()).isEqualTo(3);
        // CloudNativePG's read-write Service is <cluster>-rw, its application secret <cluster>-app
        String cluster = postgres.at("/metadata/name").asText();
        assertThat(data.path("datasource-url").asText()).isEqualTo("jdbc:postgresql://" + cluster + "-rw:5432/"
                + postgres.at("/spec/bootstrap/initdb/database").asText());
        assertThat(KubernetesManifestsTest.secretNames()).containsExactlyInAnyOrder(cluster + "-app", "vigil-secrets");
    }
}
