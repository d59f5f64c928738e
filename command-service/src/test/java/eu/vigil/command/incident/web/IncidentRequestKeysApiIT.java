package eu.vigil.command.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static eu.vigil.command.incident.web.ApiRequests.json;
import static eu.vigil.command.incident.web.ApiRequests.withKey;
import static org.assertj.core.api.Assertions.assertThat;

/** A request retried under its idempotency key is answered, not redone; a key reused for another body is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentRequestKeysApiIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void bruggeIsServed() {
        ApiRequests.registerHospital(http, "h-brugge", "BE", "Europe/Brussels");
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyRecordsOnceAndAnswersTheSame() {
        String body = """
                {"summary": "Phishing wave", "awareAt": "AWARE", "category": "fraud/phishing"}""";
        var first = http.postForEntity("/api/incidents", withKey(json(body, OFFICER), "report-42"), JsonNode.class);
        var retry = http.postForEntity("/api/incidents", withKey(json(body, OFFICER), "report-42"), JsonNode.class);
        String id = first.getBody().get("incidentId").asText();
        String entry = """
                {"kind": "observation", "text": "Second mailbox forwards mail", "happenedAt": "AFTER_AWARE"}""";
        var firstEntry = http.postForEntity("/api/incidents/" + id + "/timeline",
                withKey(json(entry, OFFICER), "entry-7"), JsonNode.class);
        var retriedEntry = http.postForEntity("/api/incidents/" + id + "/timeline",
                withKey(json(entry, OFFICER), "entry-7"), JsonNode.class);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody().get("incidentId").asText()).isEqualTo(id);
        assertThat(retriedEntry.getBody()).isEqualTo(firstEntry.getBody());
        assertThat(ApiRequests.storedEventsOf(jdbc, id)).isEqualTo(2);

        String another = """
                {"kind": "observation", "text": "A third mailbox forwards mail", "happenedAt": "AFTER_AWARE"}""";
        var reused = http.postForEntity("/api/incidents/" + id + "/timeline",
                withKey(json(another, OFFICER), "entry-7"), JsonNode.class);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:idempotency-key-reused");
        assertThat(ApiRequests.storedEventsOf(jdbc, id)).isEqualTo(2);
    }

    @Test
    void aReportKeyReusedForAnotherReportIsRefusedAndRecordsNothing() {
        var first = http.postForEntity("/api/incidents", withKey(json("""
                {"summary": "Phishing wave", "awareAt": "AWARE", "category": "fraud/phishing"}""", OFFICER),
                "report-reused"), JsonNode.class);
        String id = first.getBody().get("incidentId").asText();

        var reused = http.postForEntity("/api/incidents", withKey(json("""
                {"summary": "Ransomware on PACS", "awareAt": "AWARE", "category": "fraud/phishing"}""", OFFICER),
                "report-reused"), JsonNode.class);

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reused.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:idempotency-key-reused");
        assertThat(ApiRequests.storedEventsOf(jdbc, id)).isEqualTo(1);
    }
}
