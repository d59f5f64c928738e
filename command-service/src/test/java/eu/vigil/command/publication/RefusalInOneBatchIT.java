package eu.vigil.command.publication;

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
import eu.vigil.testsupport.TopicRecords;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The batch's sends do not wait for each other, not even within an incident: an event the broker refuses for good,
 * with a later event of its incident and another incident's in the same batch, still reaches the topic with neither
 * of the first incident's events; both are parked, in order, and the other incident's event arrives.
 */
@SpringBootTest
@RealInfrastructure
class RefusalInOneBatchIT {

    private static final HospitalId BRUGGE = HospitalId.of("h-brugge");
    private static final int MAX_MESSAGE_BYTES = 4_096;

    @Autowired CommandGateway commands;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @Test
    void givenARefusedEventAndALaterOneOfItsIncidentInOneBatch_whenPublished_thenBothAreParkedAndTheOthersArrive()
            throws Exception {
        smallTopic();
        EventProcessor publication = processing.eventProcessor(IncidentEventPublisher.PROCESSING_GROUP).orElseThrow();
        publication.shutDown(); // the three events wait in the store, to be read in one batch
        var tooLarge = report("x".repeat(MAX_MESSAGE_BYTES * 2));
        commands.sendAndWait(new ChangePhase(tooLarge, BRUGGE, Phase.ANALYSIS, null), asOfficer());
        var other = report("Phishing kit seen");

        publication.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> keysOnTopic(Duration.ofMillis(300))
                .contains(other.toString()));
        assertThat(parked(tooLarge)).containsExactly(
                "org.apache.kafka.common.errors.RecordTooLargeException", "ParkedBehindEarlierEvent");
        assertThat(keysOnTopic(Duration.ofSeconds(1))).doesNotContain(tooLarge.toString());
    }

    private void smallTopic() throws Exception {
        jdbc.sql("""
                insert into incident.hospital (hospital_id, name, country, time_zone, language)
                values ('h-brugge', 'AZ Sint-Aurelia Brugge', 'BE', 'Europe/Brussels', 'nl')
                on conflict do nothing""").update();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.listTopics().names().get().contains(topic));
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES)),
                    AlterConfigOp.OpType.SET)))).all().get();
        }
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
}
