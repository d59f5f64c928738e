package eu.vigil.command.publication;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.command.incident.ChangePhase;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** An event the broker refuses for good is parked with the later events of its incident; the others go on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PublicationDeadLetterIT {


    @Autowired CommandGateway commands;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private SmallTopicScene scene;

    @BeforeEach
    void bruggeAndASmallTopic() throws Exception {
        scene = new SmallTopicScene(commands, jdbc, bootstrapServers, topic).prepared();
    }

    @Test
    void anEventLargerThanTheTopicAllowsIsParkedWithItsIncidentsLaterEventsAndOtherIncidentsStillArrive() {
        var tooLarge = scene.report("x".repeat(SmallTopicScene.MAX_MESSAGE_BYTES * 2));
        commands.sendAndWait(new ChangePhase(tooLarge, SmallTopicScene.BRUGGE, Phase.ANALYSIS, null),
                SmallTopicScene.asOfficer());
        var other = scene.report("Phishing kit seen");

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> scene.keysOnTopic(Duration.ofMillis(300))
                .contains(other.toString()));

        assertThat(scene.parked(tooLarge)).containsExactly(
                "org.apache.kafka.common.errors.RecordTooLargeException", "ParkedBehindEarlierEvent");
        assertThat(scene.keysOnTopic(Duration.ofSeconds(1))).doesNotContain(tooLarge.toString());
        assertThat(meters.get("vigil.publication.parked").tag("topic", topic).counter().count()).isEqualTo(2);
        assertThat(meters.get("vigil.publication.dead-letters").gauge().value()).isEqualTo(2);
        var health = http.exchange("/actuator/health", HttpMethod.GET, asAdmin(), JsonNode.class).getBody();
        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.at("/components/publicationDeadLetters/details/parked").asLong()).isEqualTo(2);
        var page = http.exchange("/admin/dead-letters/command-service", HttpMethod.GET, asAdmin(), String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Events the command service could not publish", "republishing is not built")
                .contains(tooLarge.toString(), "org.apache.kafka.common.errors.RecordTooLargeException",
                        "ParkedBehindEarlierEvent", "IncidentReported", "PhaseChanged");
    }

    private static HttpEntity<Void> asAdmin() {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-admin", "ADMIN", null));
        return new HttpEntity<>(headers);
    }
}
