package eu.vigil.command.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static eu.vigil.command.incident.web.ApiRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

/** A change that breaks an incident rule gets its problem naming the field and records nothing; another hospital's incident answers as an unknown one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentRuleProblemsApiIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final String OFFICER_OF_UTRECHT = TestTokens.bearer("u-officer-3", "SECURITY_OFFICER", "h-utrecht");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void bruggeAndUtrechtAreServed() {
        ApiRequests.registerHospital(http, "h-brugge", "BE", "Europe/Brussels");
        ApiRequests.registerHospital(http, "h-utrecht", "NL", "Europe/Amsterdam");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            entry before detection | /timeline     | {"kind": "action", "text": "x", "happenedAt": "BEFORE_DETECTION"}  | 422 | entry-before-detection | happenedAt
            entry in the future    | /timeline     | {"kind": "action", "text": "x", "happenedAt": "FUTURE"}            | 422 | entry-in-future        | happenedAt
            unknown entry kind     | /timeline     | {"kind": "rumour", "text": "x", "happenedAt": "AFTER_AWARE"}       | 400 | invalid-request        | kind
            value not its type     | /indicators   | {"type": "ipv4", "value": "203.0.113.300", "tlp": "green"}         | 422 | invalid-indicator      | value
            indicator twice        | /indicators   | {"type": "ipv4", "value": "203.0.113.45", "tlp": "green"}          | 409 | duplicate-indicator    | value
            phase goes back        | /phase-changes| {"phase": "detection"}                                              | 422 | phase-goes-back        | phase
            reopen without reason  | /reopenings   | {"phase": "detection", "reason": ""}                                | 400 | invalid-request        | reason
            share at TLP:RED       | /share        | {"tlp": "red", "summary": "x"}                                      | 422 | tlp-red-not-shareable  | tlp
            red indicator shared   | /share        | {"tlp": "green", "summary": "x", "indicatorIds": ["RED_INDICATOR"]} | 422 | tlp-red-not-shareable  | indicatorIds
            """)
    void aChangeThatBreaksARuleGetsItsProblemAndRecordsNothing(String name, String path, String body, int status,
                                                                String type, String field) {
        String id = reportContainedIncident();
        String red = post("/api/incidents/" + id + "/indicators", """
                {"type": "sha256", "value": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 "tlp": "red"}""", OFFICER).getBody().get("id").asText();
        long before = ApiRequests.storedEventsOf(jdbc, id);

        var method = path.equals("/share") ? HttpMethod.PUT : HttpMethod.POST;
        var response = http.exchange("/api/incidents/" + id + path, method,
                json(body.replace("RED_INDICATOR", red), OFFICER), JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:" + type);
        assertThat(response.getBody().get("detail").asText()).isNotBlank();
        assertThat(response.getBody().get("errors").findValuesAsText("pointer")).containsExactly("/" + field);
        assertThat(ApiRequests.storedEventsOf(jdbc, id)).isEqualTo(before);
    }

    @Test
    void anotherHospitalsIncidentAnswersAsAnUnknownOne() {
        String id = reportContainedIncident();
        String entry = """
                {"kind": "action", "text": "x", "happenedAt": "AFTER_AWARE"}""";

        var elsewhere = post("/api/incidents/" + id + "/timeline", entry, OFFICER_OF_UTRECHT);
        var unknown = post("/api/incidents/" + UUID.randomUUID() + "/timeline", entry, OFFICER_OF_UTRECHT);

        assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode elsewhereProblem = ((ObjectNode) elsewhere.getBody()).without("instance");
        assertThat(elsewhereProblem).isEqualTo(((ObjectNode) unknown.getBody()).without("instance"));
        assertThat(ApiRequests.storedEventsOf(jdbc, id)).isEqualTo(3);
    }

    private String reportContainedIncident() {
        String id = post("/api/incidents", """
                {"summary": "C2 traffic", "detectedAt": "DETECTED", "awareAt": "AWARE",
                 "category": "malicious-code/c2-server"}""", OFFICER).getBody().get("incidentId").asText();
        post("/api/incidents/" + id + "/phase-changes", """
                {"phase": "containment"}""", OFFICER);
        post("/api/incidents/" + id + "/indicators", """
                {"type": "ipv4", "value": "203.0.113.45", "tlp": "amber"}""", OFFICER);
        return id;
    }

    private ResponseEntity<JsonNode> post(String path, String body, String token) {
        return http.postForEntity(path, json(body, token), JsonNode.class);
    }
}
