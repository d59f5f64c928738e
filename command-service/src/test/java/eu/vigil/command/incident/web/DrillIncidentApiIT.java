package eu.vigil.command.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.command.SealedTopics;
import eu.vigil.command.publication.IncidentEventPublisher;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShared;
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

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static eu.vigil.command.incident.web.ApiRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incidents reported within a drill carry its mark; their shares reach the drill share topic, sanitised, and nothing
 * of them the real share topic (ADR 0022). The drill's own events reach the drill topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillIncidentApiIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final String LYON_OFFICER = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-lyon");
    private static final String REPORT = """
            {"summary": "%s", "awareAt": "AWARE", "category": "fraud/phishing"%s}""";

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${vigil.topics.incident-shares}") String shareTopic;
    @Value("${vigil.topics.drill-shares}") String drillShareTopic;
    @Value("${vigil.topics.drill-events}") String drillTopic;
    @Value("${vigil.topics.drill-keys}") String keyTopic;

    @BeforeEach
    void hospitalsAreServed() {
        ApiRequests.registerHospital(http, "h-brugge", "BE", "Europe/Brussels");
        ApiRequests.registerHospital(http, "h-lyon", "FR", "Europe/Paris");
    }

    @Test
    void givenAStartedDrillWhenAnIncidentIsReportedWithinItThenItsReportCarriesTheDrillAndScale() {
        UUID drill = startDrill(OFFICER, 60);

        var report = report("Drill: phishing wave", drill, OFFICER);
        var real = report("Phishing wave", null, OFFICER);

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(reported(report).exercise()).isEqualTo(new Exercise(drill, 60));
        assertThat(reported(real).exercise()).isNull();
    }

    @Test
    void givenADrillOfAnotherHospitalAnUnknownOrEndedOneOrAnIncidentsIdThenTheReportIsRefusedNamingTheDrill() {
        UUID lyonDrill = startDrill(LYON_OFFICER, 60);
        UUID ended = startDrill(OFFICER, 10);
        assertThat(http.postForEntity("/api/drills/" + ended + "/end", json("", OFFICER), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        var anotherHospitals = report("Drill", lyonDrill, OFFICER);
        var unknown = report("Drill", UUID.randomUUID(), OFFICER);
        var afterTheEnd = report("Drill", ended, OFFICER);
        UUID incident = UUID.fromString(report("Real", null, OFFICER).getBody().get("incidentId").asText());
        var anIncidentsId = report("Drill", incident, OFFICER);

        assertThat(anotherHospitals.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(anotherHospitals.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:unknown-drill");
        assertThat(unknown.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:unknown-drill");
        assertThat(anIncidentsId.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:unknown-drill");
        assertThat(afterTheEnd.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(afterTheEnd.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:drill-ended");
        assertThat(http.postForEntity("/api/drills/" + incident + "/end", json("", OFFICER), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(List.of(anotherHospitals, unknown, afterTheEnd, anIncidentsId)).allSatisfy(problem -> assertThat(
                problem.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/drillId"));
    }

    @Test
    void givenADrillIncidentAndARealOneSharedThenEachShareReachesItsOwnTopicOnly() {
        UUID drill = startDrill(OFFICER, 60);
        String drillIncident = report("Drill: ransomware", drill, OFFICER).getBody().get("incidentId").asText();
        String realIncident = report("Ransomware", null, OFFICER).getBody().get("incidentId").asText();

        share(drillIncident);
        http.postForEntity("/api/incidents/" + drillIncident + "/share/withdrawal",
                json("{\"reason\": \"End of drill\"}", OFFICER), JsonNode.class);
        share(realIncident); // recorded after the drill's: published after them, by the one publishing processor

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> keysOn(shareTopic).contains(realIncident));
        assertThat(keysOn(shareTopic)).doesNotContain(drillIncident);
        assertThat(envelopesOf(drillIncident)).extracting(EventEnvelope::type)
                .contains("IncidentShared", "IncidentShareWithdrawn");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> envelopesOn(drillShareTopic).size() == 2);
        assertThat(envelopesOn(drillShareTopic)).allSatisfy(share -> {
            assertThat(share.aggregateId()).isEqualTo(drillIncident);
            assertThat(share.actor()).isEqualTo(IncidentEventPublisher.SHARED_BY_THE_HOSPITAL);
        }).extracting(EventEnvelope::type).containsExactly("IncidentShared", "IncidentShareWithdrawn");
        // the CERT's drill feed names the drill of each share (ADR 0022)
        assertThat(envelopesOn(drillShareTopic).get(0).payload()).isInstanceOfSatisfying(IncidentShared.class,
                share -> assertThat(share.exercise()).isEqualTo(new Exercise(drill, 60)));
    }

    @Test
    void givenADrillWhenItStartsEndsAndRecordsLessonsThenItsEventsReachTheDrillTopicWithItsHospitalAndSender() {
        UUID drill = startDrill(OFFICER, 60);
        http.put("/api/drills/" + drill + "/lessons", json("{\"text\": \"Call the DPO sooner\"}", OFFICER));
        http.postForEntity("/api/drills/" + drill + "/end", json("", OFFICER), JsonNode.class);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> drillEventsOf(drill).size() == 3);
        assertThat(drillEventsOf(drill)).allSatisfy(event -> {
            assertThat(event.hospitalId().value()).isEqualTo("h-brugge");
            assertThat(event.actor()).isEqualTo(new Actor("u-officer-1", "SECURITY_OFFICER"));
        }).extracting(EventEnvelope::type).containsExactly("DrillStarted", "LessonsRecorded", "DrillEnded");
        assertThat(((DrillStarted) drillEventsOf(drill).get(0).payload()).scale()).isEqualTo(60);
    }

    private UUID startDrill(String officer, int scale) {
        var started = http.postForEntity("/api/drills", json("""
                {"title": "Drill", "scale": %d}""".formatted(scale), officer), JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(started.getBody().get("drillId").asText());
    }

    private ResponseEntity<JsonNode> report(String summary, UUID drill, String officer) {
        String drillId = drill == null ? "" : ", \"drillId\": \"" + drill + "\"";
        return http.postForEntity("/api/incidents", json(REPORT.formatted(summary, drillId), officer), JsonNode.class);
    }

    private void share(String incident) {
        var response = http.exchange("/api/incidents/" + incident + "/share", HttpMethod.PUT, json("""
                {"tlp": "clear", "pseudonymised": false, "summary": "Phishing kit seen", "indicatorIds": []}""",
                OFFICER), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private IncidentReported reported(ResponseEntity<JsonNode> report) {
        String id = report.getBody().get("incidentId").asText();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !envelopesOf(id).isEmpty());
        return (IncidentReported) envelopesOf(id).get(0).payload();
    }

    private List<EventEnvelope<IncidentEvent>> envelopesOf(String id) {
        var records = TopicRecords.readAll(bootstrapServers, topic, Duration.ofMillis(300));
        var keys = SealedTopics.keys(bootstrapServers, keyTopic); // after the records: each one's key is there
        return records.stream()
                .filter(record -> id.equals(record.key()))
                .map(record -> EventJson.read(SealedTopics.open(record.value(), keys), IncidentEvent.class))
                .toList();
    }

    private List<EventEnvelope<IncidentEvent>> envelopesOn(String topicName) {
        return TopicRecords.readAll(bootstrapServers, topicName, Duration.ofMillis(300)).stream()
                .map(record -> EventJson.read(record.value(), IncidentEvent.class)).toList();
    }

    private List<EventEnvelope<DrillEvent>> drillEventsOf(UUID drill) {
        var records = TopicRecords.readAll(bootstrapServers, drillTopic, Duration.ofMillis(300));
        var keys = SealedTopics.keys(bootstrapServers, keyTopic);
        return records.stream()
                .filter(record -> drill.toString().equals(record.key()))
                .map(record -> EventJson.read(SealedTopics.open(record.value(), keys), DrillEvent.class)).toList();
    }

    private List<String> keysOn(String topicName) {
        return TopicRecords.readAll(bootstrapServers, topicName, Duration.ofMillis(300)).stream()
                .map(record -> record.key()).toList();
    }
}
