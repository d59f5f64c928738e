package eu.vigil.notifier.drill;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.testsupport.DrillKeyTopic;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;

/**
 * One hospital with a significant incident of a drill at scale 60, personal data involved, and a real significant
 * incident: both early warnings fall due 45 s after the start, so that their reminder and escalation are mailed while
 * the test runs. The real one reminds 10 s ahead; the drill's, on its clock, 15 s ahead (15 min shrunk by 60), its 10 s
 * shrunk below a second and dropped. The drill's later obligations (due within the hour) stay open meanwhile.
 */
@AutoConfigureObservability // Spring Boot switches metrics export off in tests unless asked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vigil.reminders.lead-times=10s,15m", "db-scheduler.polling-interval=500ms"})
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DrillFixture {

    static final String HOSPITAL = "h-drill";
    static final String DPO_MAIL = "dpo@drill.example";
    static final String OFFICER_MAIL = "security@drill.example";
    /** Whom the drill's start names: its mail goes to them, not to the officer. */
    static final List<String> PARTICIPANTS = List.of(DPO_MAIL, "tabletop@drill.example");
    static final Duration DUE_IN = Duration.ofSeconds(45);

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${vigil.topics.drill-keys}") String keyTopic;
    @Value("${vigil.topics.drill-events}") String drillTopic;
    @Autowired DrillParticipants participants;

    IncidentId drill;
    IncidentId real;
    UUID drillsEarlyWarning;
    UUID drillsNotification;
    UUID drillsGdprNotification;
    UUID realEarlyWarning;

    @BeforeAll
    void aDrillAndARealIncidentOfOneHospital() {
        profiles.save(new HospitalProfile(HospitalId.of(HOSPITAL), "BE", ZoneId.of("Europe/Brussels"),
                "CCB (CERT.be)", "APD/GBA", DPO_MAIL, OFFICER_MAIL));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        drill = IncidentId.generate();
        real = IncidentId.generate();
        UUID drillId = DrillKeyTopic.drillWithKey(bootstrapServers, keyTopic);
        new IncidentTopic(bootstrapServers, drillTopic).publish(new EventEnvelope<DrillEvent>(UUID.randomUUID(),
                "DrillStarted", 1, drillId.toString(), 0, HospitalId.of(HOSPITAL), now,
                new Actor("u-officer-1", "SECURITY_OFFICER"), new DrillStarted(drillId, HospitalId.of(HOSPITAL),
                "ransomware-pacs", "Tabletop", 60, now, List.of(), PARTICIPANTS)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> participants.of(drillId).size() == 2);
        // at scale 60 the early warning's 24 h are 24 minutes
        significant(drill, now.minus(Duration.ofMinutes(24)).plus(DUE_IN), YesNoUnknown.YES,
                new Exercise(drillId, 60));
        significant(real, now.minus(Duration.ofHours(24)).plus(DUE_IN), YesNoUnknown.NO, null);
        drillsEarlyWarning = ObligationIds.of(drill, "NIS2_EARLY_WARNING");
        drillsNotification = ObligationIds.of(drill, "NIS2_INCIDENT_NOTIFICATION");
        drillsGdprNotification = ObligationIds.of(drill, "GDPR_SA_NOTIFICATION");
        realEarlyWarning = ObligationIds.of(real, "NIS2_EARLY_WARNING");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.find(drillsEarlyWarning).isPresent()
                && view.find(drillsNotification).isPresent() && view.find(drillsGdprNotification).isPresent()
                && view.find(realEarlyWarning).isPresent());
    }

    private void significant(IncidentId incident, Instant aware, YesNoUnknown personalData, Exercise exercise) {
        var incidents = new IncidentTopic(bootstrapServers, topic);
        incidents.publish(envelope(HOSPITAL, 0, aware, new IncidentReported(incident, HospitalId.of(HOSPITAL),
                "Ransom note on the PACS viewer", null, aware, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                personalData, null, exercise)));
        incidents.publish(envelope(HOSPITAL, 1, aware.plusSeconds(60),
                new SignificanceAssessed(incident, Significance.YES, "Imaging down")));
    }

    ResponseEntity<String> page(String path, String language) {
        var headers = headers("DPO");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    <T> ResponseEntity<T> api(HttpMethod method, String path, Object body, Class<T> type) {
        var headers = headers("DPO");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), type);
    }

    private static HttpHeaders headers(String role) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo-anna", role, HOSPITAL));
        return headers;
    }
}
