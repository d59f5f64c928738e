package eu.vigil.notifier.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.IncidentId;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class SeenIncidentApiIT {

    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${spring.kafka.consumer.group-id}") String group;

    @Test
    void anUnseenIncidentIsANotFoundProblem() {
        var unknown = UUID.randomUUID();

        var response = http.getForEntity("/api/seen-incidents/" + unknown, JsonNode.class);

        assertProblem(response, HttpStatus.NOT_FOUND, "urn:vigil:problem:incident-not-found", "Incident not found");
        assertThat(response.getBody().get("incidentId").asText()).isEqualTo(unknown.toString());
    }

    @Test
    void anIdThatIsNoUuidIsAMalformedRequestProblem() {
        var response = http.getForEntity("/api/seen-incidents/not-a-uuid", JsonNode.class);

        assertProblem(response, HttpStatus.BAD_REQUEST, "urn:vigil:problem:malformed-request", "Malformed request");
        assertThat(response.getBody().get("errors").get(0).get("parameter").asText()).isEqualTo("incidentId");
    }

    @Test
    void theListCountsTheSeenIncidentsAndShowsTheNewestFirst() {
        var incidents = new IncidentTopic(bootstrapServers, topic);
        var earlier = IncidentId.generate();
        var later = IncidentId.generate();
        incidents.awaitConsumed(group, incidents.publish(reported(earlier, "h-lyon", AWARE)));
        incidents.awaitConsumed(group, incidents.publish(reported(later, "h-lyon", AWARE.minusSeconds(60))));

        var list = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> http.getForEntity("/api/seen-incidents", JsonNode.class).getBody(),
                        body -> body.get("count").asLong() == 2);

        assertThat(list.get("newest").findValuesAsText("incidentId"))
                .containsExactly(later.toString(), earlier.toString());
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String type, String title) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().get("type").asText()).isEqualTo(type);
        assertThat(response.getBody().get("title").asText()).isEqualTo(title);
    }
}
