package eu.vigil.command.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.Actor;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static eu.vigil.command.incident.web.ApiRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

/** An incident reported, updated and shared through the API, as its events reach the topics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentLifecycleApiIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${vigil.topics.incident-shares}") String shareTopic;

    @BeforeEach
    void bruggeIsServed() {
        ApiRequests.registerHospital(http, "h-brugge", "BE", "Europe/Brussels");
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
    void givenAnIncidentSharedAndWithdrawnWhenTheShareTopicIsReadThenItHoldsTheShareEventsOnlyAndNoPerson() {
        String id = post("/api/incidents", """
                {"summary": "PACS encrypted", "awareAt": "AWARE", "category": "malicious-code/infected-system",
                 "severity": "high"}""", OFFICER).getBody().get("incidentId").asText();
        post("/api/incidents/" + id + "/timeline", """
                {"kind": "action", "text": "Dr Peeters' workstation isolated", "happenedAt": "AFTER_AWARE"}""",
                OFFICER);
        put("/api/incidents/" + id + "/share", """
                {"tlp": "green", "pseudonymised": false, "sectorView": false, "summary": "Ransomware on imaging",
                 "indicatorIds": []}""",
                OFFICER);
        post("/api/incidents/" + id + "/share/withdrawal", """
                {"reason": "Shared too early"}""", OFFICER);

        var ownTopic = publishedEventsOf(id, 5);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> recordsOf(id, shareTopic).size() >= 2);
        var shareRecords = TopicRecords.readAll(bootstrapServers, shareTopic, Duration.ofMillis(300)).stream()
                .filter(record -> id.equals(record.key())).toList();

        var shares = shareRecords.stream().map(record -> EventJson.read(record.value(), IncidentEvent.class)).toList();
        assertThat(shares).extracting(EventEnvelope::type)
                .containsExactly("IncidentShared", "IncidentShareWithdrawn");
        assertThat(shares).extracting(EventEnvelope::eventId).containsExactlyElementsOf(ownTopic.stream()
                .filter(event -> event.type().startsWith("IncidentShare")).map(EventEnvelope::eventId).toList());
        assertThat(shares).allSatisfy(share -> assertThat(share.actor()).isEqualTo(Actor.system("hospital")));
        assertThat(shareRecords).allSatisfy(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .doesNotContain("u-officer-1", "PACS encrypted", "Peeters"));
        assertThat(ownTopic).filteredOn(event -> event.type().startsWith("IncidentShare"))
                .allSatisfy(share -> assertThat(share.actor().userId()).isEqualTo("u-officer-1"));
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
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> recordsOf(id, topic).size() >= expected);
        return recordsOf(id, topic);
    }

    private List<EventEnvelope<IncidentEvent>> recordsOf(String id, String topic) {
        return TopicRecords.readAll(bootstrapServers, topic, Duration.ofMillis(300)).stream()
                .filter(record -> id.equals(record.key()))
                .map(record -> EventJson.read(record.value(), IncidentEvent.class))
                .toList();
    }
}
