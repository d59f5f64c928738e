package eu.vigil.notifier.obligation;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/** What the deadline alert and the dashboard read on /actuator/prometheus (issue 18): deadlines near, reminders sent. */
@AutoConfigureObservability // Spring Boot switches metrics export off in tests unless asked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vigil.reminders.lead-times=10s", "db-scheduler.polling-interval=500ms"})
@RealInfrastructure
class ObligationMetricsIT {

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @Test
    void givenAnEarlyWarningDueInAMinuteWithNoDraft_whenScraped_thenItIsCountedAndItsReminderAndEscalationToo() {
        profiles.save(new HospitalProfile(HospitalId.of("h-brugge"), "BE", ZoneId.of("Europe/Brussels"),
                "CCB (CERT.be)", "APD/GBA", "dpo@brugge.example", "security@brugge.example"));
        var incident = IncidentId.generate();
        Instant aware = Instant.now().minus(Duration.ofHours(24)).plusSeconds(60);
        var incidents = new IncidentTopic(bootstrapServers, topic);

        incidents.publish(reported(incident, "h-brugge", aware));
        incidents.publish(envelope("h-brugge", 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted")));

        var obligations = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.ofIncident(incident),
                rows -> rows.stream().anyMatch(row -> row.ruleId().equals("NIS2_EARLY_WARNING")));
        String metrics = prometheus();
        assertThat(value(metrics, "vigil_obligations_due_within_24h", "")).isEqualTo(dueWithinADay(obligations));
        assertThat(value(metrics, "vigil_obligations_due_within_1h_unapproved", "")).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            String later = prometheus();
            assertThat(value(later, "vigil_reminders_sent_total", "kind=\"reminder\"")).isEqualTo(1);
            assertThat(value(later, "vigil_reminders_sent_total", "kind=\"deadline-missed\"")).isEqualTo(1);
        });
    }

    private static double dueWithinADay(List<ObligationRow> obligations) {
        Instant now = Instant.now();
        return obligations.stream().filter(row -> row.status() == ObligationStatus.OPEN && row.dueAt() != null)
                .filter(row -> row.dueAt().isAfter(now) && row.dueAt().isBefore(now.plus(Duration.ofHours(24))))
                .count();
    }

    private String prometheus() {
        var response = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private static double value(String metrics, String name, String label) {
        var line = Pattern.compile("(?m)^" + name + "(\\{[^}]*" + Pattern.quote(label) + "[^}]*})? (\\S+)$")
                .matcher(metrics);
        assertThat(line.find()).as("%s %s in the scrape", name, label).isTrue();
        return Double.parseDouble(line.group(2));
    }
}
