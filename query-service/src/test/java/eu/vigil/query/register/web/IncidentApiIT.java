package eu.vigil.query.register.web;

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
import java.util.List;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentApiIT {

    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");
    private static final String DPO_OF_BRUGGE = TestTokens.bearer("u-dpo-1", "DPO", "h-brugge");

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @Test
    void anUnknownIncidentIsANotFoundProblem() {
        var unknown = UUID.randomUUID();

        var response = get("/api/incidents/" + unknown, DPO_OF_BRUGGE);

        assertProblem(response, HttpStatus.NOT_FOUND, "urn:vigil:problem:incident-not-found", "Incident not found");
        assertThat(response.getBody().get("incidentId").asText()).isEqualTo(unknown.toString());
    }

    @Test
    void anIdThatIsNoUuidIsAMalformedRequestProblem() {
        var response = get("/api/incidents/not-a-uuid", DPO_OF_BRUGGE);

        assertProblem(response, HttpStatus.BAD_REQUEST, "urn:vigil:problem:malformed-request", "Malformed request");
        assertThat(response.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("incidentId");
    }

    @Test
    void aLimitAboveTwoHundredIsAnInvalidRequestProblem() {
        var response = get("/api/incidents?limit=201", DPO_OF_BRUGGE);

        assertProblem(response, HttpStatus.BAD_REQUEST, "urn:vigil:problem:invalid-request", "Invalid request");
        assertThat(response.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("limit");
    }

    @Test
    void anotherHospitalsIncidentIsTheSameProblemAsAnUnknownOne() {
        var lyons = IncidentId.generate();
        new IncidentTopic(bootstrapServers, topic).publish(reported(lyons, "h-lyon", AWARE));
        var officerOfLyon = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-lyon");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/incidents/" + lyons, officerOfLyon).getStatusCode() == HttpStatus.OK);

        var response = get("/api/incidents/" + lyons, DPO_OF_BRUGGE);

        assertProblem(response, HttpStatus.NOT_FOUND, "urn:vigil:problem:incident-not-found", "Incident not found");
        var unknown = UUID.randomUUID();
        var unknownBody = get("/api/incidents/" + unknown, DPO_OF_BRUGGE).getBody();
        assertThat(response.getBody().toString().replace(lyons.toString(), "ID"))
                .isEqualTo(unknownBody.toString().replace(unknown.toString(), "ID"));
    }

    @Test
    void theListShowsOneHospitalsIncidentsNewestAwarenessFirstUpToTheLimit() {
        String hospital = "h-list-" + UUID.randomUUID().toString().substring(0, 8);
        var officer = TestTokens.bearer("u-officer-3", "SECURITY_OFFICER", hospital);
        var oldest = IncidentId.generate();
        var newest = IncidentId.generate();
        var middle = IncidentId.generate();
        var incidents = new IncidentTopic(bootstrapServers, topic);
        incidents.publish(reported(oldest, hospital, AWARE.minusSeconds(7200)));
        incidents.publish(reported(newest, hospital, AWARE));
        incidents.publish(reported(middle, hospital, AWARE.minusSeconds(3600)));
        incidents.publish(reported(IncidentId.generate(), "h-elsewhere", AWARE.plusSeconds(60)));

        var all = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> idsOf("/api/incidents", officer), ids -> ids.size() == 3);
        var firstTwo = idsOf("/api/incidents?limit=2", officer);

        assertThat(all).containsExactly(newest.toString(), middle.toString(), oldest.toString());
        assertThat(firstTwo).containsExactly(newest.toString(), middle.toString());
    }

    private List<String> idsOf(String url, String token) {
        return get(url, token).getBody().findValuesAsText("incidentId");
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
