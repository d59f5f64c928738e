package eu.vigil.notifier.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.IncidentId;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
    private static final String DPO_OF_LYON = TestTokens.bearer("u-dpo-2", "DPO", "h-lyon");

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${spring.kafka.consumer.group-id}") String group;

    @Test
    void anUnseenIncidentIsANotFoundProblem() {
        var unknown = UUID.randomUUID();

        var response = get("/api/seen-incidents/" + unknown, DPO_OF_LYON);

        assertProblem(response, HttpStatus.NOT_FOUND, "urn:vigil:problem:incident-not-found", "Incident not found");
        assertThat(response.getBody().get("incidentId").asText()).isEqualTo(unknown.toString());
    }

    @Test
    void anIdThatIsNoUuidIsAMalformedRequestProblem() {
        var response = get("/api/seen-incidents/not-a-uuid", DPO_OF_LYON);

        assertProblem(response, HttpStatus.BAD_REQUEST, "urn:vigil:problem:malformed-request", "Malformed request");
        assertThat(response.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("incidentId");
    }

    @Test
    void anotherHospitalsIncidentIsTheSameProblemAsAnUnknownOne() {
        var incidents = new IncidentTopic(bootstrapServers, topic);
        var utrechts = IncidentId.generate();
        incidents.awaitConsumed(group, incidents.publish(reported(utrechts, "h-utrecht", AWARE)));

        var response = get("/api/seen-incidents/" + utrechts, DPO_OF_LYON);

        assertProblem(response, HttpStatus.NOT_FOUND, "urn:vigil:problem:incident-not-found", "Incident not found");
        assertThat(get("/api/seen-incidents/" + utrechts, TestTokens.bearer("u-dpo-3", "DPO", "h-utrecht"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theListCountsTheSeenIncidentsAndShowsTheNewestFirst() {
        var incidents = new IncidentTopic(bootstrapServers, topic);
        var earlier = IncidentId.generate();
        var later = IncidentId.generate();
        incidents.awaitConsumed(group, incidents.publish(reported(earlier, "h-lyon", AWARE)));
        incidents.awaitConsumed(group, incidents.publish(reported(later, "h-lyon", AWARE.minusSeconds(60))));
        incidents.awaitConsumed(group, incidents.publish(reported(IncidentId.generate(), "h-elsewhere", AWARE)));

        var list = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/seen-incidents", DPO_OF_LYON).getBody(),
                        body -> body.get("count").asLong() == 2);

        assertThat(list.get("newest").findValuesAsText("incidentId"))
                .containsExactly(later.toString(), earlier.toString());
    }

    private ResponseEntity<JsonNode> get(String url, String token) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String type, String title) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().get("type").asText()).isEqualTo(type);
        assertThat(response.getBody().get("title").asText()).isEqualTo(title);
    }
}
