package eu.vigil.notifier.instances;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.mail.ReminderMailer;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.TestInfrastructure;
import eu.vigil.testsupport.TopicRecords;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two notifiers on one database and one broker, as two replicas run: they share the incident topic's partitions
 * (one consumer group), db-scheduler's deadlines and Axon's tracking processors, and still open each obligation once
 * and mail each reminder and each missed deadline once, also when one that mails stops.
 */
class TwoNotifiersIT {

    private static final int OBLIGATIONS_PER_INCIDENT = 5; // GDPR: 2 (personal data unknown); NIS2: 3 (significant)
    private static final int COPIES_PER_INCIDENT = 2 + 3; // reminder: DPO, officer; missed: the escalation address too

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private final SentMail mail = new SentMail(smtp);
    private Map<String, Object> properties;
    private List<IncidentId> incidents;

    @BeforeEach
    void isolate() { // after the extension started this test's mail server, on a port of its own
        properties = properties();
        incidents = IncidentsOnEveryPartition.of(properties, 2);
    }

    @Test
    void givenTwoNotifiersSharingTheTopics_whenEarlyWarningsFallDue_thenEachObligationOpensOnceAndEachMailGoesOutOnce() {
        // given two notifiers, each consuming a part of the incident topic, whose every partition carries incidents
        try (var notifiers = startWithProfile()) {
            var store = new ObligationEvents(notifiers.first().getBean(JdbcClient.class));

            // when each incident is reported and assessed significant, its early warning due in 30 seconds (reminded
            // 15 seconds before)
            publishSignificantIncidents(Duration.ofSeconds(30));

            // then each obligation opened once, though both notifiers consume the topic
            int obligations = incidents.size() * OBLIGATIONS_PER_INCIDENT;
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> store.obligations() == obligations);
            assertThat(store.count("ObligationOpened")).isEqualTo(obligations);

            // and each reminder and missed deadline is recorded once and mailed once
            assertEachMailedOnce(store);

            // and each opening reached the notification topic once
            assertThat(openingsPublished().values()).hasSize(obligations).containsOnly(1L);
        }
    }

    @Test
    void givenTwoNotifiers_whenOneThatMailsStopsBeforeTheRemindersFallDue_thenTheOtherMailsEachOnce() {
        // given two notifiers and the obligations of incidents whose early warnings fall due in 45 seconds
        try (var notifiers = startWithProfile()) {
            var before = new ObligationEvents(notifiers.first().getBean(JdbcClient.class));
            publishSignificantIncidents(Duration.ofSeconds(45));
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> before.obligations() == (long) incidents.size() * OBLIGATIONS_PER_INCIDENT);
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> !before.owners(ReminderMailer.PROCESSING_GROUP).isEmpty());

            // when a notifier whose processor sends mail (holds segments of it) stops before any reminder falls due
            notifiers.stop(before.owners(ReminderMailer.PROCESSING_GROUP).get(0));
            assertThat(mail.copies()).isZero();

            // then the other sends each reminder and each missed deadline, once
            assertEachMailedOnce(new ObligationEvents(notifiers.first().getBean(JdbcClient.class)));
        }
    }

    private NotifierInstances startWithProfile() {
        var notifiers = NotifierInstances.start(2, properties);
        notifiers.first().getBean(HospitalProfiles.class).save(new HospitalProfile(HospitalId.of("h-koeln"), "DE",
                ZoneId.of("Europe/Berlin"), "BSI", "LfDI NRW", "dpo@koeln.example", "security@koeln.example"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> notifiers.eachHoldsPartitionsOf(
                property("vigil.topics.incident-events"), property("spring.kafka.consumer.group-id")));
        return notifiers;
    }

    private void publishSignificantIncidents(Duration earlyWarningDueIn) {
        Instant aware = Instant.now().minus(Duration.ofHours(24)).plus(earlyWarningDueIn);
        new IncidentTopic(TestInfrastructure.shared().kafkaBootstrapServers(), property("vigil.topics.incident-events"))
                .publishAll(incidents.stream().flatMap(incident -> List.of(reported(incident, "h-koeln", aware),
                        envelope("h-koeln", 1, Instant.now(), new SignificanceAssessed(incident, Significance.YES,
                                "infusion pumps isolated"))).stream()).toList());
    }

    // one copy for each recipient, no second mail, and the mail of exactly the events recorded
    private void assertEachMailedOnce(ObligationEvents store) {
        Awaitility.await().atMost(Duration.ofSeconds(75)).until(() -> store.count("ReminderTriggered")
                == incidents.size() && store.count("DeadlineMissed") == incidents.size()
                && mail.copies() == incidents.size() * COPIES_PER_INCIDENT);
        Awaitility.await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> mail.copies() == incidents.size() * COPIES_PER_INCIDENT);
        assertThat(mail.copiesPerEvent()).isEqualTo(mail.recipientsPerEvent());
        assertThat(mail.copiesPerEvent().keySet()).containsExactlyInAnyOrderElementsOf(
                store.identifiers("ReminderTriggered", "DeadlineMissed"));
    }

    private Map<String, Long> openingsPublished() {
        return TopicRecords.readAll(TestInfrastructure.shared().kafkaBootstrapServers(),
                        property("vigil.topics.notification-events"), Duration.ofSeconds(2)).stream()
                .map(record -> EventJson.read(record.value(), NotificationEvent.class))
                .filter(envelope -> envelope.payload() instanceof ObligationOpened)
                .collect(Collectors.groupingBy(envelope -> envelope.aggregateId(), Collectors.counting()));
    }

    private static Map<String, Object> properties() {
        var properties = new HashMap<String, Object>(TestInfrastructure.shared().isolatedProperties("two-notifiers"));
        properties.putAll(Map.of("server.port", 0, "spring.mail.port", smtp.getSmtp().getPort(),
                "vigil.topics.partitions", 3, "vigil.reminders.lead-times", "15s",
                "db-scheduler.polling-interval", "500ms"));
        return properties;
    }

    private String property(String name) {
        return properties.get(name).toString();
    }
}
