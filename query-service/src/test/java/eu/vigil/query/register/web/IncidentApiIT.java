package eu.vigil.query.register.web;

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
import java.util.List;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentApiIT {

    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @Test
    void anUnknownIncidentIsANotFoundProblem() {
        var unknown = UUID.randomUUID();

        var response = http.getForEntity("/api/incidents/" + unknown, JsonNode.class);

        assertProblem(response, HttpStatus.NOT_FOUND, "urn:vigil:problem:incident-not-found", "Incident not found");
        assertThat(response.getBody().get("incidentId").asText()).isEqualTo(unknown.toString());
    }

    @Test
    void anIdThatIsNoUuidIsAMalformedRequestProblem() {
        var response = http.getForEntity("/api/incidents/not-a-uuid", JsonNode.class);

        assertProblem(response, HttpStatus.BAD_REQUEST, "urn:vigil:problem:malformed-request", "Malformed request");
        assertThat(response.getBody().get("errors").get(0).get("parameter").asText()).isEqualTo("incidentId");
    }

    @Test
    void aLimitAboveTwoHundredIsAnInvalidRequestProblem() {
        var response = http.getForEntity("/api/incidents?limit=201", JsonNode.class);

        assertProblem(response, HttpStatus.BAD_REQUEST, "urn:vigil:problem:invalid-request", "Invalid request");
        assertThat(response.getBody().get("errors").get(0).get("parameter").asText()).isEqualTo("limit");
    }

    @Test
    void theListShowsOneHospitalsIncidentsNewestAwarenessFirstUpToTheLimit() {
        String hospital = "h-list-" + UUID.randomUUID().toString().substring(0, 8);
        var oldest = IncidentId.generate();
        var newest = IncidentId.generate();
        var middle = IncidentId.generate();
        var incidents = new IncidentTopic(bootstrapServers, topic);
        incidents.publish(reported(oldest, hospital, AWARE.minusSeconds(7200)));
        incidents.publish(reported(newest, hospital, AWARE));
        incidents.publish(reported(middle, hospital, AWARE.minusSeconds(3600)));
        incidents.publish(reported(IncidentId.generate(), "h-elsewhere", AWARE.plusSeconds(60)));

        var all = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> idsOf("/api/incidents?hospitalId=" + hospital), ids -> ids.size() == 3);
        var firstTwo = idsOf("/api/incidents?hospitalId=" + hospital + "&limit=2");

        assertThat(all).containsExactly(newest.toString(), middle.toString(), oldest.toString());
        assertThat(firstTwo).containsExactly(newest.toString(), middle.toString());
    }

    private List<String> idsOf(String url) {
        return http.getForEntity(url, JsonNode.class).getBody().findValuesAsText("incidentId");
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String type, String title) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().get("type").asText()).isEqualTo(type);
        assertThat(response.getBody().get("title").asText()).isEqualTo(title);
    }
}
