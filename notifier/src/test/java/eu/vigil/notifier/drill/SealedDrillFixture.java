package eu.vigil.notifier.drill;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.contracts.drill.DrillSeal;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.testsupport.DrillKeyTopic;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill at scale 60 whose records are sealed with its key as command-service publishes them (ADR 0023: the key on
 * the key topic first), with participants, a significant incident with personal data, a timeline entry, a saved draft
 * and a recorded submission; and a real significant incident of the same hospital. The drill's early warning falls
 * due 60 s after the start (its reminder 15 s before), the real one's 75 s after (its reminder 10 s before).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vigil.reminders.lead-times=10s,15m", "db-scheduler.polling-interval=400ms"})
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SealedDrillFixture {

    static final String HOSPITAL = "h-sealed";
    static final String AUTHORITY = "CCB (CERT.be)";
    static final String DPO = "u-dpo-sealed";
    static final String REFERENCE = "DRILL-REF-7";
    static final List<String> PARTICIPANTS = List.of("tabletop@sealed.example", "dpo@sealed.example");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired ObligationView view;
    @Autowired DrillParticipants participants;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${spring.kafka.consumer.group-id}") String group;
    @Value("${vigil.topics.incident-events}") String incidentTopic;
    @Value("${vigil.topics.drill-events}") String drillTopic;
    @Value("${vigil.topics.drill-keys}") String keyTopic;
    @Value("${vigil.topics.notification-events}") String notificationTopic;

    final UUID drillId = UUID.randomUUID();
    final DrillKey key = DrillKey.generate(drillId);
    final IncidentId drillsIncident = IncidentId.generate();
    final IncidentId real = IncidentId.generate();
    List<UUID> drillsObligations;
    List<UUID> realObligations;
    /** db-scheduler's tasks of the drill's reminders and due instants. */
    Set<String> drillsDeadlines;

    @BeforeAll
    void aSealedDrillAndARealIncidentOfOneHospital(@Autowired HospitalProfiles profiles) {
        profiles.save(new HospitalProfile(HospitalId.of(HOSPITAL), "BE", ZoneId.of("Europe/Brussels"), AUTHORITY,
                "APD/GBA", "dpo@sealed.example", "security@sealed.example"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        significant(real, now.minus(Duration.ofHours(24)).plusSeconds(75), null);
        awaitObligations(real, 3);
        var before = deadlines();

        DrillKeyTopic.sendKey(bootstrapServers, keyTopic, key);
        sealed(drillTopic, new EventEnvelope<DrillEvent>(UUID.randomUUID(), "DrillStarted", 1, drillId.toString(), 0,
                HospitalId.of(HOSPITAL), now, new Actor("u-officer-1", "SECURITY_OFFICER"), new DrillStarted(drillId,
                HospitalId.of(HOSPITAL), "ransomware-pacs", "Tabletop", 60, now, List.of(), PARTICIPANTS)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> participants.of(drillId).size() == 2);
        // at scale 60 the early warning's 24 h are 24 minutes
        significant(drillsIncident, now.minus(Duration.ofMinutes(24)).plusSeconds(60), new Exercise(drillId, 60));
        sealed(incidentTopic, envelope(HOSPITAL, 2, now, new TimelineEntryAppended(drillsIncident, UUID.randomUUID(),
                TimelineEntryKind.ACTION, "Isolated the PACS viewer", now, now, null, null)));
        drillsObligations = awaitObligations(drillsIncident, 5);
        realObligations = view.ofIncident(real).stream().map(row -> row.obligationId()).toList();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var added = new HashSet<>(deadlines());
            added.removeAll(before);
            drillsDeadlines = added;
            return added.size() >= 2;
        });
        rehearseTheDposWork();
    }

    UUID drillsEarlyWarning() {
        return ObligationIds.of(drillsIncident, "NIS2_EARLY_WARNING");
    }

    UUID drillsGdprNotification() {
        return ObligationIds.of(drillsIncident, "GDPR_SA_NOTIFICATION");
    }

    Set<String> deadlines() {
        return Set.copyOf(jdbc.sql("select task_instance from notification.scheduled_tasks where task_name = 'AxonDeadline'")
                .query(String.class).list());
    }

    long storedEventsOf(List<UUID> obligations) {
        return jdbc.sql("select count(*) from notification.domain_event_entry where aggregate_identifier in (:ids)")
                .param("ids", obligations.stream().map(UUID::toString).toList()).query(Long.class).single();
    }

    RecordMetadata sealed(String topic, EventEnvelope<?> envelope) {
        return new IncidentTopic(bootstrapServers, topic).send(envelope.aggregateId(),
                DrillSeal.seal(EventJson.write(envelope), key));
    }

    private void significant(IncidentId incident, Instant aware, Exercise exercise) {
        var reported = envelope(HOSPITAL, 0, aware, new IncidentReported(incident, HospitalId.of(HOSPITAL),
                "Ransom note on the PACS viewer", null, aware, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                exercise == null ? YesNoUnknown.NO : YesNoUnknown.YES, null, exercise));
        EventEnvelope<IncidentEvent> assessed = envelope(HOSPITAL, 1, aware.plusSeconds(60),
                new SignificanceAssessed(incident, Significance.YES, "Imaging down"));
        if (exercise == null) {
            new IncidentTopic(bootstrapServers, incidentTopic).publishAll(List.of(reported, assessed));
        } else {
            sealed(incidentTopic, reported);
            sealed(incidentTopic, assessed);
        }
    }

    private List<UUID> awaitObligations(IncidentId incident, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> view.ofIncident(incident).stream().map(row -> row.obligationId()).toList(),
                obligations -> obligations.size() >= count);
    }

    private void rehearseTheDposWork() {
        var saved = api(HttpMethod.POST, "/api/obligations/" + drillsEarlyWarning() + "/draft/versions",
                Map.of("basedOn", 0, "language", "en", "fields", Map.of("summary", "Ransom note on the PACS viewer")));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var submitted = api(HttpMethod.POST, "/api/obligations/" + drillsGdprNotification() + "/submission",
                Map.of("submittedAt", Instant.now().minusSeconds(5).toString(), "reference", REFERENCE));
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private org.springframework.http.ResponseEntity<JsonNode> api(HttpMethod method, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer(DPO, "DPO", HOSPITAL));
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
