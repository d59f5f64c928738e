package eu.vigil.command.publication;

import eu.vigil.command.CommandServiceApplication;
import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.command.incident.IncidentDetails;
import eu.vigil.command.incident.ReportIncident;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.testsupport.TestInfrastructure;
import eu.vigil.testsupport.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Restarts of command-service publish every stored event once: none twice, none missing. */
class PublicationRestartIT {

    private static final HospitalId BRUGGE = HospitalId.of("h-brugge");

    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    @AfterEach
    void stopEverythingStarted() {
        running.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aServiceRestartedAfterPublishingPublishesNothingAgain() {
        var properties = TestInfrastructure.shared().isolatedProperties("restart-after-publish");
        var first = start(properties);
        var published = report(first);
        awaitOnTopic(properties, published);
        first.close();

        var second = start(properties);
        var reportedAfterRestart = report(second);
        awaitOnTopic(properties, reportedAfterRestart);

        assertThat(keysOnTopic(properties)).containsExactlyInAnyOrder(published.toString(),
                reportedAfterRestart.toString());
        assertThat(second.getBean(MeterRegistry.class).get("vigil.publication.published")
                .tag("topic", properties.get("vigil.topics.incident-events").toString()).counter().count())
                .isEqualTo(1);
    }

    @Test
    void aServiceStoppedBetweenAppendAndPublicationPublishesTheMissingEventsOnRestart() {
        var properties = TestInfrastructure.shared().isolatedProperties("stopped-before-publish");
        var first = start(properties);
        first.getBean(EventProcessingConfiguration.class)
             .eventProcessor(IncidentEventPublisher.PROCESSING_GROUP)
             .ifPresent(EventProcessor::shutDown);
        var stored = List.of(report(first), report(first));
        assertThat(keysOnTopic(properties)).isEmpty();
        first.close();

        start(properties);
        stored.forEach(id -> awaitOnTopic(properties, id));

        assertThat(keysOnTopic(properties))
                .containsExactlyInAnyOrder(stored.get(0).toString(), stored.get(1).toString());
    }

    private ConfigurableApplicationContext start(Map<String, Object> properties) {
        // command-line arguments, because builder properties are defaults that application.yml overrides
        var arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue());
        var context = new SpringApplicationBuilder(CommandServiceApplication.class)
                .run(Stream.concat(arguments, Stream.of("--server.port=0")).toArray(String[]::new));
        running.add(context);
        context.getBean(JdbcClient.class)
               .sql("""
                    insert into incident.hospital (hospital_id, name, country, time_zone, language)
                    values ('h-brugge', 'AZ Sint-Aurelia Brugge', 'BE', 'Europe/Brussels', 'nl')
                    on conflict do nothing""")
               .update();
        return context;
    }

    private static IncidentId report(ConfigurableApplicationContext context) {
        var id = IncidentId.generate();
        var now = Instant.now();
        context.getBean(CommandGateway.class).sendAndWait(
                new ReportIncident(id, BRUGGE, "PACS encrypted", null, null, now.minusSeconds(60),
                        RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN, IncidentDetails.NONE, now),
                CommandMetaData.of(new Actor("u-test", "SECURITY_OFFICER"), BRUGGE));
        return id;
    }

    private static void awaitOnTopic(Map<String, Object> properties, IncidentId id) {
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> records(properties, Duration.ofMillis(200)).stream()
                        .anyMatch(record -> id.toString().equals(record.key())));
    }

    private static List<String> keysOnTopic(Map<String, Object> properties) {
        return records(properties, Duration.ofSeconds(2)).stream().map(ConsumerRecord::key).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> records(Map<String, Object> properties, Duration quiet) {
        return TopicRecords.readAll(properties.get("spring.kafka.bootstrap-servers").toString(),
                properties.get("vigil.topics.incident-events").toString(), quiet);
    }
}
