package eu.vigil.notifier.obligation;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.testsupport.DrillKeyTopic;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/** A drill's incident runs on the law's clocks shrunk by the drill's scale (ADR 0022, docs/exercise-clocks.md). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillClocksIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${vigil.topics.drill-keys}") String keyTopic;

    private IncidentTopic incidents;

    @BeforeEach
    void gentIsProfiled() {
        incidents = new IncidentTopic(bootstrapServers, topic);
        profiles.save(new HospitalProfile(HospitalId.of("h-gent"), "BE", ZoneId.of("Europe/Brussels"),
                "CCB (CERT.be)", "APD/GBA", "dpo@gent.example", "security@gent.example"));
    }

    @Test
    void givenASignificantIncidentOfADrillAtScale60ThenItsEarlyWarningIsDue24MinutesAfterAwarenessAndARealOnes24Hours() {
        Instant aware = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
        var drill = IncidentId.generate();
        var real = IncidentId.generate();

        significant(drill, aware, new Exercise(DrillKeyTopic.drillWithKey(bootstrapServers, keyTopic), 60));
        significant(real, aware, null);

        assertThat(earlyWarning(drill).dueAt()).isEqualTo(aware.plus(Duration.ofMinutes(24)));
        assertThat(earlyWarning(real).dueAt()).isEqualTo(aware.plus(Duration.ofHours(24)));
    }

    @Test
    void givenADrillAtScale720ThenItsEarlyWarningRemindsOnTheDrillsClockBeforeItsDueInstant() {
        // 24 h at 720 times is 2 minutes; the reminders 12 h, 4 h and 1 h ahead become 60 s, 20 s and 5 s ahead
        Instant aware = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofSeconds(90));
        var drill = IncidentId.generate();

        significant(drill, aware, new Exercise(DrillKeyTopic.drillWithKey(bootstrapServers, keyTopic), 720));

        assertThat(earlyWarning(drill).dueAt()).isEqualTo(aware.plus(Duration.ofMinutes(2)));
        var lastReminder = Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> earlyWarning(drill).lastReminderLead(), lead -> Duration.ofSeconds(5).equals(lead));
        assertThat(lastReminder).isEqualTo(Duration.ofSeconds(5));
    }

    private void significant(IncidentId incident, Instant aware, Exercise exercise) {
        incidents.publish(envelope("h-gent", 0, aware, new IncidentReported(incident, HospitalId.of("h-gent"),
                "Ransom note on the PACS viewer", null, aware, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                YesNoUnknown.NO, null, exercise)));
        incidents.publish(envelope("h-gent", 1, aware.plusSeconds(60),
                new SignificanceAssessed(incident, Significance.YES, "Imaging down")));
    }

    private ObligationRow earlyWarning(IncidentId incident) {
        return Awaitility.await().atMost(PATIENCE).until(() -> view.ofIncident(incident).stream()
                        .filter(row -> row.ruleId().equals("NIS2_EARLY_WARNING")).findFirst(),
                row -> row.isPresent()).orElseThrow();
    }
}
