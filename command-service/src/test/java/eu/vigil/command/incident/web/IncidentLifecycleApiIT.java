package eu.vigil.command.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static eu.vigil.command.incident.web.ApiRequests.json;
import static eu.vigil.command.incident.web.ApiRequests.withKey;
import static org.assertj.core.api.Assertions.assertThat;

/** An incident reported, updated and shared through the API, as its events reach the topic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentLifecycleApiIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final String OFFICER_OF_UTRECHT = TestTokens.bearer("u-officer-3", "SECURITY_OFFICER", "h-utrecht");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @BeforeEach
    void bruggeAndUtrechtAreServed() {
        ApiRequests.registerHospital(http, "h-brugge", "BE", "Europe/Brussels");
        ApiRequests.registerHospital(http, "h-utrecht", "NL", "Europe/Amsterdam");
    }

    @Test
    void anIncidentReportedUpdatedAndSharedReachesTheTopicOnceInOrder() {
        var report = post("/api/incidents", """
                {"summary": "PACS encrypted", "detectedAt": "DETECTED", "awareAt": "AWARE",
                 "category": "information-content-security/unauthorised-information-modification",
                 "severity": "critical", "threatFamily": "ransomware",
                 "patientCareImpact": "diverted-patients", "affectedServices": ["imaging", "emergency-department"],
                 "medicalDevices": [{"type": "CT scanner", "count": 2, "networkConnected": true}],
                 "significance": "yes", "significanceReason": "Ambulances diverted"}""", OFFICER);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(report.getBody().get("sequence").asLong()).isEqualTo(3);
        String id = report.getBody().get("incidentId").asText();

        var entry = post("/api/incidents/" + id + "/timeline", """
                {"kind": "action", "text": "PACS isolated from the network", "happenedAt": "AFTER_AWARE"}""",
                OFFICER);
        var indicator = post("/api/incidents/" + id + "/indicators", """
                {"type": "domain", "value": " Update-Check.EXAMPLE ", "tlp": "amber"}""", OFFICER);
        put("/api/incidents/" + id + "/classification", """
                {"category": "information-content-security/unauthorised-information-modification",
                 "otherCategories": ["malicious-code/infected-system"], "severity": "critical",
                 "threatFamily": "ransomware", "suspectedMalicious": "yes", "reason": "Dropper found"}""", OFFICER);
        post("/api/incidents/" + id + "/phase-changes", """
                {"phase": "containment"}""", OFFICER);
        var share = put("/api/incidents/" + id + "/share", """
                {"tlp": "amber", "pseudonymised": true, "sectorView": true, "summary": "Ransomware encrypted imaging",
                 "indicatorIds": ["%s"]}""".formatted(indicator.getBody().get("id").asText()), OFFICER);

        assertThat(entry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(entry.getHeaders().getLocation()).hasToString(
                "/api/incidents/" + id + "/timeline/" + entry.getBody().get("id").asText());
        assertThat(share.getBody().get("sequence").asLong()).isEqualTo(8);
        List<EventEnvelope<IncidentEvent>> published = publishedEventsOf(id, 9);
        assertThat(published).extracting(EventEnvelope::aggregateSequence)
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(published).extracting(EventEnvelope::type).containsExactly("IncidentReported",
                "IncidentClassified", "ImpactAssessed", "SignificanceAssessed", "TimelineEntryAppended",
                "IndicatorAdded", "IncidentClassified", "PhaseChanged", "IncidentShared");
        assertThat(published).extracting(EventEnvelope::eventId).doesNotHaveDuplicates();
        assertThat(((IndicatorAdded) published.get(5).payload()).value()).isEqualTo("update-check.example");
        var shared = (IncidentShared) published.get(8).payload();
        assertThat(shared.summary()).isEqualTo("Ransomware encrypted imaging");
        assertThat(shared.deviceTypes()).containsExactly("CT scanner");
        assertThat(shared.country()).as("the hospital directory's, never the request's").isEqualTo("BE");
        assertThat(shared.sectorView()).isTrue();
        assertThat(shared.indicators()).singleElement()
                .satisfies(sharedIndicator -> assertThat(sharedIndicator.value()).isEqualTo("update-check.example"));
        assertThat(EventJson.mapper().valueToTree(shared).toString()).doesNotContain("PACS encrypted");
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
        assertThat(storedEventsOf(id)).isEqualTo(2);

        String another = """
                {"kind": "observation", "text": "A third mailbox forwards mail", "happenedAt": "AFTER_AWARE"}""";
        var reused = http.postForEntity("/api/incidents/" + id + "/timeline",
                withKey(json(another, OFFICER), "entry-7"), JsonNode.class);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:idempotency-key-reused");
        assertThat(storedEventsOf(id)).isEqualTo(2);
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
        assertThat(storedEventsOf(id)).isEqualTo(1);
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
        long before = storedEventsOf(id);

        var method = path.equals("/share") ? HttpMethod.PUT : HttpMethod.POST;
        var response = http.exchange("/api/incidents/" + id + path, method,
                json(body.replace("RED_INDICATOR", red), OFFICER), JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:" + type);
        assertThat(response.getBody().get("detail").asText()).isNotBlank();
        assertThat(response.getBody().get("errors").findValuesAsText("pointer")).containsExactly("/" + field);
        assertThat(storedEventsOf(id)).isEqualTo(before);
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
        assertThat(storedEventsOf(id)).isEqualTo(3);
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

    private ResponseEntity<JsonNode> put(String path, String body, String token) {
        var response = http.exchange(path, HttpMethod.PUT, json(body, token), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private List<EventEnvelope<IncidentEvent>> publishedEventsOf(String id, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> recordsOf(id).size() >= expected);
        return recordsOf(id);
    }

    private List<EventEnvelope<IncidentEvent>> recordsOf(String id) {
        return TopicRecords.readAll(bootstrapServers, topic, Duration.ofMillis(300)).stream()
                .filter(record -> id.equals(record.key()))
                .map(record -> EventJson.read(record.value(), IncidentEvent.class))
                .toList();
    }

    private long storedEventsOf(String incidentId) {
        return jdbc.sql("select count(*) from incident.domain_event_entry where aggregate_identifier = :id")
                .param("id", incidentId).query(Long.class).single();
    }
}
