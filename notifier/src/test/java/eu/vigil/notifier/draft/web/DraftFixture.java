package eu.vigil.notifier.draft.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;

/**
 * A significant ransomware incident of a hospital of its own (each test gets a new one, so four eyes can differ),
 * classified as malicious, with one action on its timeline: the early warning's draft has something to start from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
abstract class DraftFixture {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final String ANNA = "u-dpo-anna";
    static final String BART = "u-dpo-bart";
    static final String ACTION = "Isolated the PACS servers from the network";

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    String hospital;
    IncidentId incident;
    UUID earlyWarning;

    @BeforeEach
    void aClassifiedRansomwareIncident() {
        hospital = "h-draft-" + UUID.randomUUID().toString().substring(0, 8);
        profiles.save(new HospitalProfile(HospitalId.of(hospital), "BE", BRUSSELS, "CCB (CERT.be)", "APD/GBA",
                "dpo@brugge.example", "security@brugge.example", fourEyes()));
        incident = IncidentId.generate();
        Instant aware = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
        var incidents = new IncidentTopic(bootstrapServers, topic);
        incidents.publish(reported(incident, hospital, aware));
        incidents.publish(envelope(hospital, 1, Instant.now(), new IncidentClassified(incident,
                eu.vigil.contracts.RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, List.of(), "LockBit 3.0",
                Severity.HIGH, YesNoUnknown.YES, null)));
        incidents.publish(envelope(hospital, 2, Instant.now(), new TimelineEntryAppended(incident, UUID.randomUUID(),
                TimelineEntryKind.ACTION, ACTION, aware.plusSeconds(600), Instant.now(), null, null)));
        incidents.publish(envelope(hospital, 3, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "imaging down")));
        earlyWarning = ObligationIds.of(incident, "NIS2_EARLY_WARNING");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.find(earlyWarning).isPresent());
    }

    boolean fourEyes() {
        return false;
    }

    ResponseEntity<JsonNode> draft(String language) {
        return http.exchange("/api/obligations/" + earlyWarning + "/draft"
                + (language == null ? "" : "?language=" + language), HttpMethod.GET, as(ANNA, null), JsonNode.class);
    }

    ResponseEntity<JsonNode> save(String user, int basedOn, Map<String, String> fields) {
        return http.exchange("/api/obligations/" + earlyWarning + "/draft/versions", HttpMethod.POST,
                as(user, Map.of("basedOn", basedOn, "language", "en", "fields", fields)), JsonNode.class);
    }

    ResponseEntity<JsonNode> approve(String user, JsonNode version) {
        return http.exchange("/api/obligations/" + earlyWarning + "/draft/versions/" + version.get("version").asInt()
                        + "/approval", HttpMethod.POST,
                as(user, Map.of("contentDigest", version.get("contentDigest").asText())), JsonNode.class);
    }

    <T> ResponseEntity<T> export(int version, String format, Class<T> type) {
        return http.exchange("/api/obligations/" + earlyWarning + "/draft/versions/" + version + "/export/" + format,
                HttpMethod.GET, as(ANNA, null), type);
    }

    /** Every field the early warning asks for, written. */
    static Map<String, String> complete(String summary) {
        return Map.of("summary", summary, "awareAt", "today 10:00", "suspectedMalicious", "Yes",
                "crossBorder", "No", "contactPoint", "security@brugge.example");
    }

    long versionsStored() {
        return jdbc.sql("select count(*) from notification.draft_version where obligation_id = :id")
                .param("id", earlyWarning).query(Long.class).single();
    }

    HttpEntity<Object> as(String user, Object body) {
        return asRole(user, "DPO", hospital, body);
    }

    static HttpEntity<Object> asRole(String user, String role, String hospital, Object body) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer(user, role, hospital));
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
