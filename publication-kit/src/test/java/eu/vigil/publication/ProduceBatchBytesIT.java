package eu.vigil.publication;

import eu.vigil.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The publication producer's batch size as a real broker's topic settings bound it. */
class ProduceBatchBytesIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String roomy = "publication.roomy-" + UUID.randomUUID();
    private final String small = "publication.small-" + UUID.randomUUID();
    private final Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            TestInfrastructure.shared().kafkaBootstrapServers()));

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void givenTopicsOfTheBrokersDefaultLimit_whenTheProducerIsMade_thenItBatchesAsMuchAsTheServiceWants()
            throws Exception {
        create(new NewTopic(roomy, 1, (short) 1));

        assertThat(ProduceBatchBytes.of(admin, List.of(roomy), ProduceBatchBytes.KAFKA_DEFAULT, TIMEOUT))
                .isEqualTo(ProduceBatchBytes.KAFKA_DEFAULT);
    }

    @Test
    void givenOneTopicTakingRecordsOfAtMost4096Bytes_whenTheProducerIsMade_thenNoBatchIsLargerThanThat()
            throws Exception {
        create(new NewTopic(roomy, 1, (short) 1));
        create(new NewTopic(small, 1, (short) 1).configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "4096")));

        assertThat(ProduceBatchBytes.of(admin, List.of(roomy, small), ProduceBatchBytes.KAFKA_DEFAULT, TIMEOUT))
                .isEqualTo(4096);
    }

    @Test
    void givenATopicNotCreatedYet_whenTheProducerIsMade_thenItIsLeftOut() throws Exception {
        create(new NewTopic(small, 1, (short) 1).configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "4096")));

        assertThat(ProduceBatchBytes.of(admin, List.of("publication.missing-" + UUID.randomUUID(), small),
                ProduceBatchBytes.KAFKA_DEFAULT, TIMEOUT)).isEqualTo(4096);
    }

    private void create(NewTopic topic) throws Exception {
        admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
    }
}
