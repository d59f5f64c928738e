package eu.vigil.notifier.obligation.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/** An obligation's events form a hash chain; a superuser alters one: the check says where. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vigil.reminders.lead-times=10s", "db-scheduler.polling-interval=500ms"})
@RealInfrastructure
class IntegrityIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private IncidentId incident;

    @BeforeEach
    void bruggeIsServed() {
        profiles.save(new HospitalProfile(HospitalId.of("h-brugge"), "BE", ZoneId.of("Europe/Brussels"),
                "CCB (CERT.be)", "APD/GBA", "dpo@brugge.example", "security@brugge.example"));
    }

    @Test
    void anObligationsChainHoldsAfterItsOpeningItsReminderAndItsSubmission() {
        // given an early warning due in 25 seconds, reminded 10 seconds before due
        significantIncidentAware(Instant.now().minus(Duration.ofHours(24)).plusSeconds(25));
        UUID earlyWarning = obligation("NIS2_EARLY_WARNING");
        Awaitility.await().atMost(PATIENCE).until(() -> types(earlyWarning).contains("ReminderTriggered"));

        // when the DPO records its submission
        submit(earlyWarning, "CCB-3");

        // then every event is linked and the chain holds
        var verification = verify(earlyWarning, "SECURITY_OFFICER");
        assertThat(verification.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(types(earlyWarning)).contains("ObligationOpened", "ReminderTriggered", "ObligationSubmitted");
        var body = verification.getBody();
        assertThat(body.get("obligationId").asText()).isEqualTo(earlyWarning.toString());
        assertThat(body.get("intact").asBoolean()).isTrue();
        assertThat(body.get("events").asLong()).isEqualTo(types(earlyWarning).size());
        assertThat(body.has("firstBreak")).isFalse();
        assertThat(body.has("chainStartsAt")).isFalse();
    }

    @Test
    void anAlteredEventIsTheFirstBreakOnTheApiAndOnThePageInFrench() {
        // given a submitted notification
        significantIncidentAware(Instant.now().minus(Duration.ofHours(1)));
        UUID notification = obligation("NIS2_INCIDENT_NOTIFICATION");
        submit(notification, "CCB-7");
        int submission = types(notification).indexOf("ObligationSubmitted");
        assertThat(submission).isPositive();

        // when someone changes the authority's reference in the stored submission
        tamper("""
                update notification.domain_event_entry
                   set payload = convert_to(replace(convert_from(payload, 'UTF8'), 'CCB-7', 'CCB-8'), 'UTF8')
                 where aggregate_identifier = :id and sequence_number = %d""".formatted(submission), notification);

        // then the check reports the first broken link at that event
        var broken = verify(notification, "DPO").getBody();
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.at("/firstBreak/sequence").asLong()).isEqualTo(submission);
        assertThat(broken.at("/firstBreak/problem").asText()).isEqualTo("altered");
        assertThat(broken.at("/firstBreak/eventId").asText()).isEqualTo(eventIdAt(notification, submission));

        // and the page says so in French
        var headers = headers("DPO", "h-brugge");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");
        var page = http.exchange("/deadlines/" + notification + "/integrity", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Intégrité de l’historique", "Rompu",
                "L’événement " + submission + " a été modifié après son enregistrement.",
                eventIdAt(notification, submission));
    }

    @Test
    void eventsStoredBeforeObligationsWereChainedAreReportedAsPredatingTheChainNotAsBroken() {
        // given a submitted notification whose opening carries no link, as one stored before this change
        significantIncidentAware(Instant.now().minus(Duration.ofHours(1)));
        UUID notification = obligation("NIS2_INCIDENT_NOTIFICATION");
        submit(notification, "CCB-9");
        tamper("""
                update notification.domain_event_entry
                   set meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'), '"chainHash"', '"before"'),
                                              'UTF8')
                 where aggregate_identifier = :id and sequence_number = 0""", notification);

        // when the DPO checks it
        var verification = verify(notification, "DPO").getBody();

        // then the chain holds from the first linked event on, which says where it starts
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("chainStartsAt").asLong()).isEqualTo(1);
        assertThat(verification.get("events").asLong()).isEqualTo(types(notification).size());

        // and a later change to the unlinked event shows at the first link, which covers it
        tamper("""
                update notification.domain_event_entry
                   set payload = convert_to(
                           replace(convert_from(payload, 'UTF8'), 'CCB (CERT.be)', 'CCB (CERT.bX)'), 'UTF8')
                 where aggregate_identifier = :id and sequence_number = 0""", notification);
        var broken = verify(notification, "DPO").getBody();
        assertThat(broken.at("/firstBreak/sequence").asLong()).isEqualTo(1);
        assertThat(broken.at("/firstBreak/problem").asText()).isEqualTo("altered-before");
    }

    @Test
    void anotherHospitalCannotEvenLearnThatTheObligationExists() {
        significantIncidentAware(Instant.now().minus(Duration.ofHours(1)));
        UUID notification = obligation("NIS2_INCIDENT_NOTIFICATION");

        var answer = http.exchange("/api/obligations/" + notification + "/integrity", HttpMethod.GET,
                new HttpEntity<>(headers("DPO", "h-lyon")), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:obligation-not-found");
    }

    private void significantIncidentAware(Instant aware) {
        incident = IncidentId.generate();
        var incidents = new IncidentTopic(bootstrapServers, topic);
        incidents.publish(reported(incident, "h-brugge", aware));
        incidents.publish(envelope("h-brugge", 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted")));
        Awaitility.await().atMost(PATIENCE).until(() -> view.ofIncident(incident).stream()
                .filter(row -> !row.significanceUndecided()).count() == 5);
    }

    private UUID obligation(String ruleId) {
        return ObligationIds.of(incident, ruleId);
    }

    // a reason for the delay in case the due instant passed meanwhile; on time, the obligation keeps none
    private void submit(UUID obligation, String reference) {
        var body = """
                {"submittedAt": "%s", "reference": "%s", "reasonForDelay": "the test machine was slow"}"""
                .formatted(Instant.now().minusSeconds(1), reference);
        var headers = headers("DPO", "h-brugge");
        headers.setContentType(MediaType.APPLICATION_JSON);
        var submitted = http.exchange("/api/obligations/" + obligation + "/submission", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The append-only trigger refuses changes; an attacker with superuser rights switches triggers off first. */
    private void tamper(String sql, UUID obligation) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            assertThat(jdbc.sql(sql).param("id", obligation.toString()).update()).isEqualTo(1);
        });
    }

    private List<String> types(UUID obligation) {
        return jdbc.sql("""
                select payload_type from notification.domain_event_entry
                 where aggregate_identifier = :id order by sequence_number""")
                .param("id", obligation.toString()).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private String eventIdAt(UUID obligation, long sequence) {
        return jdbc.sql("""
                select event_identifier from notification.domain_event_entry
                 where aggregate_identifier = :id and sequence_number = :sequence""")
                .param("id", obligation.toString()).param("sequence", sequence).query(String.class).single();
    }

    private ResponseEntity<JsonNode> verify(UUID obligation, String role) {
        return http.exchange("/api/obligations/" + obligation + "/integrity", HttpMethod.GET,
                new HttpEntity<>(headers(role, "h-brugge")), JsonNode.class);
    }

    private static HttpHeaders headers(String role, String hospital) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-" + role.toLowerCase() + "-" + UUID.randomUUID(), role, hospital));
        return headers;
    }
}
