package eu.vigil.command.publication;

import eu.vigil.command.incident.ChangePhase;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.testsupport.RealInfrastructure;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The batch's sends do not wait for each other, not even within an incident: an event the broker refuses for good,
 * with a later event of its incident and another incident's in the same batch, still reaches the topic with neither
 * of the first incident's events; both are parked, in order, and the other incident's event arrives.
 */
@SpringBootTest
@RealInfrastructure
class RefusalInOneBatchIT {

    @Autowired CommandGateway commands;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @Test
    void givenARefusedEventAndALaterOneOfItsIncidentInOneBatch_whenPublished_thenBothAreParkedAndTheOthersArrive()
            throws Exception {
        var scene = new SmallTopicScene(commands, jdbc, bootstrapServers, topic).prepared();
        EventProcessor publication = processing.eventProcessor(IncidentEventPublisher.PROCESSING_GROUP).orElseThrow();
        publication.shutDown(); // the three events wait in the store, to be read in one batch
        var tooLarge = scene.report("x".repeat(SmallTopicScene.MAX_MESSAGE_BYTES * 2));
        commands.sendAndWait(new ChangePhase(tooLarge, SmallTopicScene.BRUGGE, Phase.ANALYSIS, null),
                SmallTopicScene.asOfficer());
        var other = scene.report("Phishing kit seen");

        publication.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> scene.keysOnTopic(Duration.ofMillis(300))
                .contains(other.toString()));
        assertThat(scene.parked(tooLarge)).containsExactly(
                "org.apache.kafka.common.errors.RecordTooLargeException", "ParkedBehindEarlierEvent");
        assertThat(scene.keysOnTopic(Duration.ofSeconds(1))).doesNotContain(tooLarge.toString());
    }
}
