package eu.vigil.command.publication;

import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.command.incident.IncidentDetails;
import eu.vigil.command.incident.ReportIncident;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.testsupport.TopicRecords;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Brugge's officer reporting on an incident topic that takes records of at most {@link #MAX_MESSAGE_BYTES}: an
 * event with a longer description is refused by the broker for good. What the parking tests read back: the parked
 * reasons of an incident, and the keys on the topic.
 */
record SmallTopicScene(CommandGateway commands, JdbcClient jdbc, String bootstrapServers, String topic) {

    static final HospitalId BRUGGE = HospitalId.of("h-brugge");
    static final int MAX_MESSAGE_BYTES = 4_096;

    SmallTopicScene prepared() throws Exception {
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
        return this;
    }

    IncidentId report(String description) {
        var id = IncidentId.generate();
        var now = Instant.now();
        commands.sendAndWait(new ReportIncident(id, BRUGGE, "PACS encrypted", description, null,
                now.minusSeconds(60), RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN,
                IncidentDetails.NONE, now), asOfficer());
        return id;
    }

    static MetaData asOfficer() {
        return CommandMetaData.of(new Actor("u-test", "SECURITY_OFFICER"), BRUGGE);
    }

    /** The reason of each parked event of the incident, in the incident's order. */
    List<String> parked(IncidentId incident) {
        return jdbc.sql("""
                        select reason_class from incident.publication_dead_letter
                        where aggregate_id = :id order by aggregate_sequence""")
                .param("id", incident.toString()).query(String.class).list();
    }

    List<String> keysOnTopic(Duration quiet) {
        return TopicRecords.readAll(bootstrapServers, topic, quiet).stream().map(ConsumerRecord::key).toList();
    }
}
