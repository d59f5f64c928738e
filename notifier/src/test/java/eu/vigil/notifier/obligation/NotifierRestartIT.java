package eu.vigil.notifier.obligation;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.NotifierApplication;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.TestInfrastructure;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/** The notifier is down when a reminder falls due: when it comes back, the mail goes out once, and never again. */
class NotifierRestartIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Test
    void aReminderThatFellDueWhileTheNotifierWasDownIsMailedOnceWhenItIsBack() throws Exception {
        // given a running notifier and an early warning due in 40 seconds, reminded 30 seconds before
        var properties = new HashMap<String, Object>(TestInfrastructure.shared().isolatedProperties("restart"));
        properties.putAll(Map.of("server.port", 0, "spring.mail.port", smtp.getSmtp().getPort(),
                "vigil.reminders.lead-times", "30s", "db-scheduler.polling-interval", "500ms"));
        var incident = IncidentId.generate();
        Instant reminder;
        try (var notifier = start(properties)) {
            notifier.getBean(HospitalProfiles.class).save(new HospitalProfile(HospitalId.of("h-koeln"), "DE",
                    ZoneId.of("Europe/Berlin"), "BSI", "LfDI NRW", "dpo@koeln.example", "security@koeln.example"));
            var topic = new IncidentTopic(TestInfrastructure.shared().kafkaBootstrapServers(),
                    properties.get("vigil.topics.incident-events").toString());
            Instant aware = Instant.now().minus(Duration.ofHours(24)).plusSeconds(40);
            reminder = aware.plus(Duration.ofHours(24)).minusSeconds(30);
            topic.publish(reported(incident, "h-koeln", aware));
            topic.publish(envelope("h-koeln", 1, Instant.now(),
                    new SignificanceAssessed(incident, Significance.YES, "infusion pumps isolated")));
            var view = notifier.getBean(ObligationView.class);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.ofIncident(incident).size() == 5);
            assertThat(smtp.getReceivedMessages()).isEmpty();
        } // when it stops before the reminder falls due

        // and stays down past the reminder
        Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().isAfter(reminder.plusSeconds(1)));
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // then, started again, it sends the one reminder mail (one copy for each of its 2 recipients; a hospital in
        // Germany is mailed in German), once
        try (var notifier = start(properties)) {
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> copies(incident, "fällig in 30 Sek.") == 2);
            // and for eight polling intervals more, nothing fires twice
            Awaitility.await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                    .until(() -> copies(incident, "fällig in 30 Sek.") == 2);
            assertThat(smtp.getReceivedMessages()).hasSize(2);
            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotifierRestartIT::eventId).distinct())
                    .hasSize(1);
        }
    }

    private static String eventId(MimeMessage message) {
        try {
            return message.getHeader("X-Vigil-Event-Id")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        // as arguments: default properties would lose to application.yml
        return new SpringApplicationBuilder(NotifierApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    private static long copies(IncidentId incident, String subject) throws MessagingException {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (message.getSubject().contains(subject) && message.getContent().toString().contains(incident.toString())) {
                    count++;
                }
            } catch (java.io.IOException e) {
                throw new MessagingException("Unreadable mail", e);
            }
        }
        return count;
    }
}
