package eu.vigil.notifier.publication;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace goes on through the notifier (issue 18): the incident records a request's trace reached are continued by
 * its listener, and the obligation events they open reach their topic with the same trace.
 */
@AutoConfigureObservability(metrics = false) // Spring Boot switches tracing off in tests unless asked
@SpringBootTest
@RealInfrastructure
class IncidentTraceToObligationsIT {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Autowired HospitalProfiles profiles;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String incidentTopic;
    @Value("${vigil.topics.notification-events}") String topic;

    @Test
    void givenASignificantIncidentInATrace_whenItsObligationsArePublished_thenTheirRecordsCarryThatTrace() {
        profiles.save(new HospitalProfile(HospitalId.of("h-brugge"), "BE", ZoneId.of("Europe/Brussels"),
                "CCB (CERT.be)", "APD/GBA", "dpo@brugge.example", "security@brugge.example"));
        var incident = IncidentId.generate();
        var aware = Instant.now().minus(Duration.ofHours(1));

        sendInTrace(List.of(EventJson.write(reported(incident, "h-brugge", aware)), EventJson.write(envelope(
                "h-brugge", 1, Instant.now(), new SignificanceAssessed(incident, Significance.YES, "PACS down")))),
                incident.toString());

        var obligationRecords = Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> recordsAbout(incident.toString()), records -> !records.isEmpty());
        assertThat(obligationRecords).extracting(IncidentTraceToObligationsIT::traceIdOf).containsOnly(TRACE);
    }

    private void sendInTrace(List<byte[]> envelopes, String key) {
        var settings = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
            for (var value : envelopes) {
                var headers = new RecordHeaders().add("traceparent",
                        ("00-" + TRACE + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
                producer.send(new ProducerRecord<>(incidentTopic, null, key, value, headers));
            }
        }
    }

    private List<ConsumerRecord<String, byte[]>> recordsAbout(String incident) {
        return TopicRecords.readAll(bootstrapServers, topic, Duration.ofMillis(300)).stream()
                .filter(record -> new String(record.value(), StandardCharsets.UTF_8).contains(incident)).toList();
    }

    // the second field of a W3C traceparent: version-traceid-parentid-flags
    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        var traceparent = record.headers().lastHeader("traceparent");
        assertThat(traceparent).as("the traceparent of %s", record).isNotNull();
        return new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1];
    }
}
