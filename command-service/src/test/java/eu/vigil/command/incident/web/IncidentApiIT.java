package eu.vigil.command.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import eu.vigil.testsupport.TopicRecords;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;

import static eu.vigil.command.incident.web.ApiRequests.NOW;
import static eu.vigil.command.incident.web.ApiRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentApiIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final String ADMIN = TestTokens.bearer("u-admin-1", "ADMIN", null);

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @BeforeEach
    void bruggeIsServed() {
        ApiRequests.registerHospital(http, "h-brugge", "BE", "Europe/Brussels");
    }

    @Test
    void aReportedIncidentIsStoredAndPublishedOnceWithItsEnvelope() {
        var sent = Instant.now().minusSeconds(1);
        var response = http.postForEntity("/api/incidents", json(validReport(), OFFICER), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = response.getBody().get("incidentId").asText();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/incidents/" + id);
        assertThat(ApiRequests.storedEventsOf(jdbc, id)).isEqualTo(1);

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicRecords.readAll(bootstrapServers, topic, Duration.ofMillis(200)).stream()
                        .anyMatch(record -> id.equals(record.key())));
        var records = TopicRecords.readAll(bootstrapServers, topic, Duration.ofSeconds(2)).stream()
                .filter(record -> id.equals(record.key())).toList();
        assertThat(records).hasSize(1);

        var envelope = EventJson.read(records.get(0).value(), IncidentEvent.class);
        assertThat(envelope.type()).isEqualTo("IncidentReported");
        assertThat(envelope.schemaVersion()).isEqualTo(1);
        assertThat(envelope.aggregateId()).isEqualTo(id);
        assertThat(envelope.aggregateSequence()).isZero();
        assertThat(envelope.hospitalId().value()).isEqualTo("h-brugge");
        assertThat(envelope.actor().userId()).isEqualTo("u-officer-1");
        assertThat(envelope.actor().role()).isEqualTo("SECURITY_OFFICER");
        assertThat(envelope.occurredAt()).isBetween(sent, Instant.now());
        assertThat(records.get(0).timestamp()).isEqualTo(envelope.occurredAt().toEpochMilli());
        var reported = (IncidentReported) envelope.payload();
        assertThat(reported.incidentId().toString()).isEqualTo(id);
        assertThat(reported.summary()).isEqualTo("PACS encrypted");
        assertThat(reported.awareAt()).isEqualTo(NOW.minus(Duration.ofHours(2)));
        assertThat(reported.detectedAt()).isEqualTo(NOW.minus(Duration.ofHours(3)));
        assertThat(reported.category().code()).isEqualTo("malicious-code/infected-system");
        assertThat(reported.personalDataInvolved().code()).isEqualTo("unknown");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing summary        | "summary": "PACS encrypted",          | "summary": "  ",                   | 400 | invalid-request            | summary
            missing aware-at       | "awareAt": "AWARE",                   | "awareAt": null,                   | 400 | invalid-request            | awareAt
            unknown category       | "malicious-code/infected-system"      | "malware/ransomware"               | 400 | invalid-request            | category
            malformed instant      | "awareAt": "AWARE",                   | "awareAt": "yesterday",            | 400 | invalid-request            | awareAt
            aware-at in the future | "awareAt": "AWARE",                   | "awareAt": "FUTURE",               | 422 | awareness-in-future        |
            aware before detection | "detectedAt": "DETECTED",             | "detectedAt": "AFTER_AWARE",       | 422 | awareness-before-detection |
            not json               | {                                     | {{                                 | 400 | malformed-request          |
            """)
    void anInvalidReportGetsItsProblemAndRecordsNothing(String name, String valid, String invalid, int status,
                                                         String type, String field) {
        long eventsBefore = allStoredEvents();

        var response = http.postForEntity("/api/incidents", json(validReport().replace(valid, invalid), OFFICER),
                JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = response.getBody();
        assertThat(problem.get("type").asText()).isEqualTo("urn:vigil:problem:" + type);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly("/" + field);
        }
        assertThat(allStoredEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void theHospitalComesFromTheTokenAndOneNotServedHereIsRefused() {
        long eventsBefore = allStoredEvents();
        var officerElsewhere = TestTokens.bearer("u-officer-2", "SECURITY_OFFICER", "h-nowhere");

        var response = http.postForEntity("/api/incidents", json(validReport(), officerElsewhere), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:unknown-hospital");
        assertThat(response.getBody().get("hospitalId").asText()).isEqualTo("h-nowhere");
        assertThat(allStoredEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aHospitalIdInTheBodyIsRefusedNeverTakenAsTheReportsHospital() {
        var body = validReport().replace("{", "{\"hospitalId\": \"h-elsewhere\", ");
        long before = jdbc.sql("select count(*) from incident.domain_event_entry").query(Long.class).single();

        var response = http.postForEntity("/api/incidents", json(body, OFFICER), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("pointer")).containsExactly("/hospitalId");
        assertThat(jdbc.sql("select count(*) from incident.domain_event_entry").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aHospitalWithAnUnknownTimeZoneIsRefusedByField() {
        var body = """
                {"name": "Nowhere", "country": "BE", "timeZone": "CET+1", "language": "nl"}""";

        ResponseEntity<JsonNode> response = http.exchange("/api/hospitals/h-nowhere", HttpMethod.PUT,
                json(body, ADMIN), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("pointer")).containsExactly("/timeZone");
    }

    private static String validReport() {
        return """
                {"summary": "PACS encrypted", "detectedAt": "DETECTED",
                 "awareAt": "AWARE", "category": "malicious-code/infected-system"}""";
    }

    private long allStoredEvents() {
        return jdbc.sql("select count(*) from incident.domain_event_entry").query(Long.class).single();
    }
}
