package eu.vigil.bench;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Topics;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reminders through the notifier's own path: a notification profile for the hospital (so that reminders are
 * mailed), then one {@code IncidentReported} per reminder on the incident topic, as command-service publishes it,
 * with personal data "unknown" and an awareness such that the GDPR Art. 33(1) notification's last reminder (72 h
 * after awareness, 1 h before: the notifier's default lead times) falls due at its planned instant. The earlier
 * reminders (12 h and 4 h before) are already past, so the notifier schedules only that one, and the due instant
 * an hour later, beyond the run.
 */
final class ReminderSeed {

    static final Duration AWARE_TO_REMINDER = Duration.ofHours(72).minus(Duration.ofHours(1));

    private ReminderSeed() {
    }

    /** Belgium's rules, zone and authorities, as the local stack's demo hospital in Bruges. */
    static void profile(String notifierUrl, String hospital) throws IOException, InterruptedException {
        String body = """
                {"country": "BE", "timeZone": "Europe/Brussels", "nis2Authority": "CCB (CERT.be)",
                 "dataProtectionAuthority": "APD/GBA", "dpoEmail": "dpo@bench.hospital.example",
                 "securityOfficerEmail": "security@bench.hospital.example"}""";
        var request = HttpRequest.newBuilder(URI.create(notifierUrl + "/api/notification-profiles/" + hospital))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.bearer("bench-admin", "ADMIN", null))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("PUT /api/notification-profiles/" + hospital + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * Publishes {@code count} reports whose reminders fall due evenly over {@code window} from {@code start},
     * earliest first; returns the incidents' ids.
     */
    static List<String> publish(String bootstrapServers, String hospital, int count, Instant start, Duration window) {
        var settings = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        var incidents = new ArrayList<String>(count);
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                Instant remindAt = start.plusNanos(window.toNanos() * i / count);
                var reported = IncidentEvents.reported(new IncidentId(UUID.randomUUID()), hospital,
                        remindAt.minus(AWARE_TO_REMINDER));
                producer.send(new ProducerRecord<>(Topics.INCIDENT_EVENTS, reported.aggregateId(),
                        EventJson.write(reported)));
                incidents.add(reported.aggregateId());
            }
            producer.flush();
        }
        return incidents;
    }
}
