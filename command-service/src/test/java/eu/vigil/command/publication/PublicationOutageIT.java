package eu.vigil.command.publication;

import eu.vigil.command.CommandServiceApplication;
import eu.vigil.command.incident.ChangePhase;
import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.command.incident.IncidentDetails;
import eu.vigil.command.incident.ReportIncident;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.embedded.KafkaServer;
import eu.vigil.testsupport.TestInfrastructure;
import eu.vigil.testsupport.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker goes away while batches of events are on their way and comes back: every stored event reaches the
 * topic once, in order per incident. Its own broker, so that stopping it disturbs no other test.
 */
class PublicationOutageIT {

    private static final HospitalId BRUGGE = HospitalId.of("h-brugge");

    @TempDir Path brokerDirectory;
    private KafkaServer broker;
    private ConfigurableApplicationContext service;

    @AfterEach
    void stopEverythingStarted() {
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void givenBatchesInFlightWhenTheBrokerStopsAndComesBackThenEveryEventIsOnTheTopicOnceInOrder() {
        broker = KafkaServer.start(brokerDirectory, 0, 0);
        var properties = new HashMap<>(TestInfrastructure.shared().isolatedProperties("publication-outage"));
        properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        // short broker timeouts, so that the outage fails whole batches and the processor retries them
        properties.put("spring.kafka.producer.properties.request.timeout.ms", "1500");
        properties.put("spring.kafka.producer.properties.delivery.timeout.ms", "4000");
        properties.put("spring.kafka.producer.properties.max.block.ms", "2000");
        properties.put("vigil.publication.send-timeout", "5s");
        service = start(properties);

        var beforeOutage = reportAndAnalyse(40);
        int port = broker.port();
        int controllerPort = broker.controllerPort();
        broker.close(); // while the batches of the first incidents are still being sent
        var duringOutage = reportAndAnalyse(20);
        // the broker comes back only once a batch in flight has failed, to be retried
        var retried = service.getBean(MeterRegistry.class).counter("vigil.publication.batches-retried");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> retried.count() >= 1);
        broker = KafkaServer.start(brokerDirectory, port, controllerPort);

        var incidents = Stream.concat(beforeOutage.stream(), duringOutage.stream()).toList();
        var stored = storedEventIds();
        assertThat(stored).hasSize(incidents.size() * 2);
        Awaitility.await().atMost(Duration.ofSeconds(120))
                .until(() -> onTopic(Duration.ofMillis(500)).size() >= stored.size());
        var published = onTopic(Duration.ofSeconds(2));
        assertThat(published.stream().map(Published::eventId).toList())
                .as("every stored event once, none twice").containsExactlyInAnyOrderElementsOf(stored);
        Map<String, List<Long>> sequencesByIncident = published.stream().collect(Collectors.groupingBy(
                Published::incidentId, LinkedHashMap::new,
                Collectors.mapping(Published::sequence, Collectors.toList())));
        assertThat(sequencesByIncident).hasSize(incidents.size())
                .allSatisfy((incident, sequences) -> assertThat(sequences).as(incident).containsExactly(0L, 1L));
        assertThat(service.getBean(MeterRegistry.class).get("vigil.publication.published").counter().count())
                .isEqualTo(stored.size());
    }

    private record Published(UUID eventId, String incidentId, long sequence) {
    }

    private List<Published> onTopic(Duration quiet) {
        return TopicRecords.readAll(broker.bootstrapServers(),
                        service.getEnvironment().getProperty("vigil.topics.incident-events"), quiet).stream()
                .map(record -> EventJson.read(record.value(), IncidentEvent.class))
                .map(envelope -> new Published(envelope.eventId(), envelope.aggregateId(),
                        envelope.aggregateSequence()))
                .toList();
    }

    private List<UUID> storedEventIds() {
        return service.getBean(JdbcClient.class)
                .sql("select event_identifier from incident.domain_event_entry")
                .query(String.class).list().stream().map(UUID::fromString).toList();
    }

    private List<IncidentId> reportAndAnalyse(int incidents) {
        var gateway = service.getBean(CommandGateway.class);
        var metaData = CommandMetaData.of(new Actor("u-test", "SECURITY_OFFICER"), BRUGGE);
        var reported = new ArrayList<IncidentId>();
        for (int i = 0; i < incidents; i++) {
            var id = IncidentId.generate();
            var now = Instant.now();
            gateway.sendAndWait(new ReportIncident(id, BRUGGE, "PACS encrypted " + i, null, null,
                    now.minusSeconds(60), RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN,
                    IncidentDetails.NONE, now), metaData);
            gateway.sendAndWait(new ChangePhase(id, BRUGGE, Phase.ANALYSIS, null), metaData);
            reported.add(id);
        }
        return reported;
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        // command-line arguments, because builder properties are defaults that application.yml overrides
        var arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue());
        var context = new SpringApplicationBuilder(CommandServiceApplication.class)
                .run(Stream.concat(arguments, Stream.of("--server.port=0")).toArray(String[]::new));
        context.getBean(JdbcClient.class).sql("""
                insert into incident.hospital (hospital_id, name, country, time_zone, language)
                values ('h-brugge', 'AZ Sint-Aurelia Brugge', 'BE', 'Europe/Brussels', 'nl')
                on conflict do nothing""").update();
        return context;
    }
}
