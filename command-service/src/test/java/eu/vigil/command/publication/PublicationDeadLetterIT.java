package eu.vigil.command.publication;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.command.incident.ChangePhase;
import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.command.incident.IncidentDetails;
import eu.vigil.command.incident.ReportIncident;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.Phase;
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
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An event the broker refuses for good is parked with the later events of its incident; the others go on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PublicationDeadLetterIT {

    private static final HospitalId BRUGGE = HospitalId.of("h-brugge");
    private static final int MAX_MESSAGE_BYTES = 4_096;

    @Autowired CommandGateway commands;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @BeforeEach
    void bruggeAndASmallTopic() throws Exception {
        jdbc.sql("""
                insert into incident.hospital (hospital_id, name, country, time_zone, language)
                values ('h-brugge', 'AZ Sint-Aurelia Brugge', 'BE', 'Europe/Brussels', 'nl')
                on conflict do nothing""").update();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> admin.listTopics().names().get().contains(topic));
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES)),
                    AlterConfigOp.OpType.SET)))).all().get();
        }
    }

    @Test
    void anEventLargerThanTheTopicAllowsIsParkedWithItsIncidentsLaterEventsAndOtherIncidentsStillArrive() {
        var tooLarge = report("x".repeat(MAX_MESSAGE_BYTES * 2));
        commands.sendAndWait(new ChangePhase(tooLarge, BRUGGE, Phase.ANALYSIS, null), asOfficer());
        var other = report("Phishing kit seen");

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> keysOnTopic(Duration.ofMillis(300))
                .contains(other.toString()));

        assertThat(parked(tooLarge)).containsExactly(
                "org.apache.kafka.common.errors.RecordTooLargeException", "ParkedBehindEarlierEvent");
        assertThat(keysOnTopic(Duration.ofSeconds(1))).doesNotContain(tooLarge.toString());
        assertThat(meters.get("vigil.publication.parked").tag("topic", topic).counter().count()).isEqualTo(2);
        assertThat(meters.get("vigil.publication.dead-letters").gauge().value()).isEqualTo(2);
        var health = http.exchange("/actuator/health", HttpMethod.GET, asAdmin(), JsonNode.class).getBody();
        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.at("/components/publicationDeadLetters/details/parked").asLong()).isEqualTo(2);
        var page = http.exchange("/admin/dead-letters/command-service", HttpMethod.GET, asAdmin(), String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Events the command service could not publish", "republishing is not built")
                .contains(tooLarge.toString(), "org.apache.kafka.common.errors.RecordTooLargeException",
                        "ParkedBehindEarlierEvent", "IncidentReported", "PhaseChanged");
    }

    private IncidentId report(String description) {
        var id = IncidentId.generate();
        var now = Instant.now();
        commands.sendAndWait(new ReportIncident(id, BRUGGE, "PACS encrypted", description, null,
                now.minusSeconds(60), RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN,
                IncidentDetails.NONE, now), asOfficer());
        return id;
    }

    private static org.axonframework.messaging.MetaData asOfficer() {
        return CommandMetaData.of(new Actor("u-test", "SECURITY_OFFICER"), BRUGGE);
    }

    private List<String> parked(IncidentId incident) {
        return jdbc.sql("""
                        select reason_class from incident.publication_dead_letter
                        where aggregate_id = :id order by aggregate_sequence""")
                .param("id", incident.toString()).query(String.class).list();
    }

    private List<String> keysOnTopic(Duration quiet) {
        return TopicRecords.readAll(bootstrapServers, topic, quiet).stream().map(ConsumerRecord::key).toList();
    }

    private static HttpEntity<Void> asAdmin() {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-admin", "ADMIN", null));
        return new HttpEntity<>(headers);
    }
}
