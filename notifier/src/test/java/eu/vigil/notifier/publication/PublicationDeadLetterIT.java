package eu.vigil.notifier.publication;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import eu.vigil.testsupport.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An obligation event the broker refuses for good is parked with the later events of its obligation; the other
 * obligations' events still reach the topic, in order, and the read side, calendars and mail go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PublicationDeadLetterIT {

    // under an obligation event carrying a request of 4,000 characters (the most @Prose takes), over any other
    private static final int MAX_MESSAGE_BYTES = 4_096;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String incidentTopic;
    @Value("${vigil.topics.notification-events}") String topic;

    private IncidentId incident;

    @BeforeEach
    void aSignificantIncidentOfBruggeAndASmallTopic() throws Exception {
        profiles.save(new HospitalProfile(HospitalId.of("h-brugge"), "BE", ZoneId.of("Europe/Brussels"),
                "CCB (CERT.be)", "APD/GBA", "dpo@brugge.example", "security@brugge.example"));
        incident = IncidentId.generate();
        var incidents = new IncidentTopic(bootstrapServers, incidentTopic);
        incidents.publish(reported(incident, "h-brugge", Instant.now().truncatedTo(ChronoUnit.MINUTES)
                .minus(Duration.ofHours(2))));
        incidents.publish(envelope("h-brugge", 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted")));
        Awaitility.await().atMost(PATIENCE).until(() -> view.ofIncident(incident).size() == 5);
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Awaitility.await().atMost(PATIENCE).until(() -> admin.listTopics().names().get().contains(topic));
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES)),
                    AlterConfigOp.OpType.SET)))).all().get();
        }
    }

    @Test
    void anEventLargerThanTheTopicAllowsIsParkedWithItsObligationsLaterEventsAndOtherObligationsStillArrive() {
        // an authority's request as long as the API takes opens an obligation whose event the topic refuses
        var opened = http.exchange("/api/obligations/intermediate-reports", HttpMethod.POST, asDpo(Map.of(
                "incidentId", incident.toString(), "requestedAt", Instant.now().minusSeconds(600).toString(),
                "dueAt", Instant.now().plus(Duration.ofDays(5)).toString(),
                "request", "CCB asks for the status of the PACS restore. ".repeat(88))), JsonNode.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var tooLarge = UUID.fromString(opened.getBody().get("obligationId").asText());
        notRequired(tooLarge, "The authority withdrew its request by phone");
        var other = ObligationIds.of(incident, "NIS2_RECIPIENTS_NOTICE");
        notRequired(other, "No service to recipients was affected");

        Awaitility.await().atMost(PATIENCE).until(() -> typesOnTopic(other, Duration.ofMillis(300))
                .contains("ObligationDeclaredNotRequired"));

        assertThat(parked(tooLarge)).containsExactly(
                List.of("ObligationOpened", "org.apache.kafka.common.errors.RecordTooLargeException"),
                List.of("ObligationDeclaredNotRequired", "ParkedBehindEarlierEvent"));
        assertThat(reasons(tooLarge)).allSatisfy(reason -> assertThat(reason).isNotBlank().hasSizeLessThan(202));
        assertThat(typesOnTopic(tooLarge, Duration.ofSeconds(1))).isEmpty();
        assertThat(typesOnTopic(other, Duration.ofMillis(300)))
                .containsSubsequence("ObligationOpened", "ObligationDeclaredNotRequired");
        assertThat(meters.get("vigil.publication.parked").tag("topic", topic).counter().count()).isEqualTo(2);
        assertThat(meters.get("vigil.publication.dead-letters").gauge().value()).isEqualTo(2);
        assertThat(meters.get("vigil.publication.published").tag("topic", topic).counter().count())
                .isGreaterThanOrEqualTo(6);
        var health = http.exchange("/actuator/health", HttpMethod.GET, new HttpEntity<>(admin()), JsonNode.class)
                .getBody();
        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.at("/components/publicationDeadLetters/status").asText()).isEqualTo("DEGRADED");
        assertThat(health.at("/components/publicationDeadLetters/details/parked").asLong()).isEqualTo(2);
        assertThat(http.getForEntity("/actuator/health/readiness", JsonNode.class).getBody().get("status").asText())
                .isEqualTo("UP");
    }

    private void notRequired(UUID obligation, String reason) {
        var response = http.exchange("/api/obligations/" + obligation + "/not-required", HttpMethod.POST,
                asDpo(Map.of("reason", reason)), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private List<List<String>> parked(UUID obligation) {
        return jdbc.sql("""
                        select event_type, reason_class from notification.publication_dead_letter
                        where aggregate_id = :id order by aggregate_sequence""")
                .param("id", obligation.toString())
                .query((rs, row) -> List.of(rs.getString("event_type"), rs.getString("reason_class"))).list();
    }

    private List<String> reasons(UUID obligation) {
        return jdbc.sql("select reason from notification.publication_dead_letter where aggregate_id = :id")
                .param("id", obligation.toString()).query(String.class).list();
    }

    private List<String> typesOnTopic(UUID obligation, Duration quiet) {
        return TopicRecords.readAll(bootstrapServers, topic, quiet).stream()
                .filter(record -> record.key().equals(obligation.toString())).map(ConsumerRecord::value)
                .map(value -> EventJson.read(value, NotificationEvent.class).type()).toList();
    }

    private static HttpEntity<Object> asDpo(Object body) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo-" + UUID.randomUUID(), "DPO", "h-brugge"));
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static HttpHeaders admin() {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-admin", "ADMIN", null));
        return headers;
    }
}
