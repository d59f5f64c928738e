package eu.vigil.command.publication;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Brugge's officer runs a drill with a participant and an incident within it, beside a real incident. */
final class DrillScene {

    static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    static final String OTHER_OFFICER = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-lyon");
    static final String PARTICIPANT = "tabletop.lead@brugge.example";
    static final String DRILL_SUMMARY = "Drill: LockBit note on the PACS viewer";
    static final String REAL_SUMMARY = "Phishing mail at the front desk";
    private static final String ADMIN = TestTokens.bearer("u-admin-1", "ADMIN", null);

    private final TestRestTemplate http;

    DrillScene(TestRestTemplate http) {
        this.http = http;
        for (var hospital : new String[] {"h-brugge", "h-lyon"}) {
            var response = http.exchange("/api/hospitals/" + hospital, HttpMethod.PUT, json("""
                    {"name": "%s", "country": "BE", "timeZone": "Europe/Brussels", "language": "nl"}"""
                    .formatted(hospital), ADMIN), String.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        }
    }

    UUID startDrill() {
        var started = http.postForEntity("/api/drills", json("""
                {"title": "Night shift tabletop", "scale": 60, "participants": ["%s"]}""".formatted(PARTICIPANT),
                OFFICER), JsonNode.class);
        assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(201);
        return UUID.fromString(started.getBody().get("drillId").asText());
    }

    /** @return the incident's id */
    String report(String summary, UUID drill) {
        String drillId = drill == null ? "" : ", \"drillId\": \"" + drill + "\"";
        var reported = http.postForEntity("/api/incidents", json("""
                {"summary": "%s", "awareAt": "%s", "category": "malicious-code/infected-system"%s}"""
                .formatted(summary, Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS), drillId),
                OFFICER), JsonNode.class);
        assertThat(reported.getStatusCode().value()).as("%s", reported.getBody()).isEqualTo(201);
        return reported.getBody().get("incidentId").asText();
    }

    void share(String incident) {
        var shared = http.exchange("/api/incidents/" + incident + "/share", HttpMethod.PUT, json("""
                {"tlp": "clear", "pseudonymised": false, "summary": "Ransomware on imaging", "indicatorIds": []}""", OFFICER), JsonNode.class);
        assertThat(shared.getStatusCode().value()).as("%s", shared.getBody()).isEqualTo(200);
    }

    void end(UUID drill) {
        assertThat(http.postForEntity("/api/drills/" + drill + "/end", json("", OFFICER), JsonNode.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    ResponseEntity<JsonNode> delete(UUID drill, String officer) {
        return http.exchange("/api/drills/" + drill, HttpMethod.DELETE, json(null, officer), JsonNode.class);
    }

    static HttpEntity<String> json(String body, String token) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return new HttpEntity<>(body, headers);
    }
}
