package eu.vigil.notifier.instances;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.mail.ReminderMailer;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.TestInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a burst of reminders falling due at once is mailed by the {@code mail} processor's several segments, each
 * reminder and missed deadline once, also across a restart in the middle of the burst and on an install whose mail
 * processor began with one segment.
 */
class ReminderBurstIT {

    private static final int BURST = 200;
    // each incident (personal data unknown) opens the GDPR notification, reminded 30 s before it falls due
    private static final int COPIES_PER_INCIDENT = 2 + 3; // reminder: DPO, officer; missed: the escalation address too
    private static final Duration LEAD = Duration.ofSeconds(30);
    private static final Duration REMINDERS_IN = Duration.ofSeconds(60); // time to open the burst's obligations
    private static final Duration SMALL_BURST_REMINDERS_IN = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private final SentMail mail = new SentMail(smtp);
    private Map<String, Object> properties;

    @BeforeEach
    void isolate() { // after the extension started this test's mail server, on a port of its own
        properties = new HashMap<>(TestInfrastructure.shared().isolatedProperties("reminder-burst"));
        properties.putAll(Map.of("server.port", 0, "spring.mail.port", smtp.getSmtp().getPort(),
                "vigil.reminders.lead-times", LEAD.toSeconds() + "s", "db-scheduler.polling-interval", "500ms"));
    }

    // a burst mailed by one notifier without a stop is the case below up to the stop: its assertion covers both
    @Test
    void givenABurstBeingMailed_whenTheNotifierStopsAndStartsAgain_thenNothingIsMailedTwiceAndNothingIsLost() {
        // given a notifier mailing a burst of 200 reminders
        try (var first = startWithProfile(properties)) {
            publishBurst(BURST, REMINDERS_IN);
            Awaitility.await().atMost(REMINDERS_IN.plusSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> mail.copies() >= 20);
        } // when it stops in the middle of the burst (before the deadlines fall due)

        // and starts again
        assertThat(mail.copies()).isLessThan(BURST * COPIES_PER_INCIDENT);
        try (var again = NotifierInstances.start(1, properties)) {

            // then each reminder and each missed deadline is mailed once: none twice, none lost
            assertEachMailedOnce(new ObligationEvents(again.first().getBean(JdbcClient.class)), BURST);
        }
    }

    @Test
    void givenAnInstallWhoseMailProcessorHasOneSegment_whenTheNotifierStartsWithFour_thenItSplitsAndMailsEachOnce() {
        // given an install that mailed its reminders with a mail processor of one segment, as before issue 18
        var oneSegment = new HashMap<>(properties);
        oneSegment.putAll(Map.of("axon.eventhandling.processors.mail.initial-segment-count", 1,
                "axon.eventhandling.processors.mail.thread-count", 1));
        try (var older = startWithProfile(oneSegment)) {
            var store = new ObligationEvents(older.first().getBean(JdbcClient.class));
            publishBurst(20, SMALL_BURST_REMINDERS_IN);
            assertEachMailedOnce(store, 20);
            assertThat(store.segments(ReminderMailer.PROCESSING_GROUP)).isEqualTo(1);
        }

        // when the notifier starts again with the configuration's four segments, and a burst falls due
        try (var upgraded = NotifierInstances.start(1, properties)) {
            var store = new ObligationEvents(upgraded.first().getBean(JdbcClient.class));
            publishBurst(BURST, REMINDERS_IN);

            // then the one segment is split into four, keeping its position
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> store.segments(ReminderMailer.PROCESSING_GROUP) == 4);

            // and the burst is mailed once, and nothing mailed before is mailed again
            assertEachMailedOnce(store, 20 + BURST);
        }
    }

    private NotifierInstances startWithProfile(Map<String, Object> withProperties) {
        var notifier = NotifierInstances.start(1, withProperties);
        notifier.first().getBean(HospitalProfiles.class).save(new HospitalProfile(HospitalId.of("h-koeln"), "DE",
                ZoneId.of("Europe/Berlin"), "BSI", "LfDI NRW", "dpo@koeln.example", "security@koeln.example"));
        return notifier;
    }

    /** Incidents whose GDPR notification's reminders all fall due at one instant, {@code remindersIn} from now. */
    private void publishBurst(int incidents, Duration remindersIn) {
        Instant aware = Instant.now().minus(Duration.ofHours(72)).plus(remindersIn).plus(LEAD);
        new IncidentTopic(TestInfrastructure.shared().kafkaBootstrapServers(),
                properties.get("vigil.topics.incident-events").toString())
                .publishAll(Stream.generate(IncidentId::generate).limit(incidents)
                        .map(incident -> reported(incident, "h-koeln", aware)).toList());
    }

    // one copy for each recipient, no second mail, and the mail of exactly the events recorded
    private void assertEachMailedOnce(ObligationEvents store, int incidents) {
        Awaitility.await().atMost(REMINDERS_IN.plus(LEAD).plusSeconds(120)).until(() ->
                store.count("ReminderTriggered") == incidents && store.count("DeadlineMissed") == incidents
                        && mail.copies() == incidents * COPIES_PER_INCIDENT);
        Awaitility.await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> mail.copies() == incidents * COPIES_PER_INCIDENT);
        assertThat(mail.copiesPerEvent()).isEqualTo(mail.recipientsPerEvent());
        assertThat(mail.copiesPerEvent().keySet()).containsExactlyInAnyOrderElementsOf(
                store.identifiers("ReminderTriggered", "DeadlineMissed"));
    }
}
