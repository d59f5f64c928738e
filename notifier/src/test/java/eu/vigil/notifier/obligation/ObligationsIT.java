package eu.vigil.notifier.obligation;

import eu.vigil.contracts.notification.ObligationStatus;
import com.icegreen.greenmail.util.GreenMail;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/** From incident events on Kafka to obligations in the notifier's store, reminders and escalation by SMTP. */
@SpringBootTest(properties = {"vigil.reminders.lead-times=10s", "db-scheduler.polling-interval=500ms",
        "vigil.mail.escalation=escalation@hospital-group.example"})
@RealInfrastructure
class ObligationsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired JdbcClient jdbc;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Autowired GreenMail smtp; // the context's own server (OwnMailServerCustomizerFactory)
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${spring.kafka.consumer.group-id}") String group;

    private IncidentTopic incidents;

    @BeforeEach
    void brugge() {
        incidents = new IncidentTopic(bootstrapServers, topic);
        profiles.save(new HospitalProfile(HospitalId.of("h-brugge"), "BE", ZoneId.of("Europe/Brussels"),
                "CCB (CERT.be)", "APD/GBA", "dpo@brugge.example", "security@brugge.example"));
    }

    @Test
    void aSignificantIncidentWithPossiblePersonalDataOpensEveryObligationWithItsAuthorityAndDueInstant() {
        // given aware Saturday 28 March 2026 10:00 Brussels, the night before the clocks go forward
        var incident = IncidentId.generate();
        Instant aware = Instant.parse("2026-03-28T09:00:00Z");

        // when
        incidents.publish(reported(incident, "h-brugge", aware)); // personal data: unknown
        incidents.publish(envelope("h-brugge", 1, aware.plusSeconds(600),
                new SignificanceAssessed(incident, Significance.YES, "PACS down in two sites")));

        // then
        var obligations = awaitObligations(incident, 5);
        assertThat(obligations.keySet()).containsExactlyInAnyOrder("NIS2_EARLY_WARNING",
                "NIS2_INCIDENT_NOTIFICATION", "NIS2_RECIPIENTS_NOTICE", "GDPR_SA_NOTIFICATION", "GDPR_BREACH_REGISTER");
        var earlyWarning = obligations.get("NIS2_EARLY_WARNING");
        assertThat(earlyWarning.dueAt()).isEqualTo("2026-03-29T09:00:00Z"); // Sunday 11:00 CEST: 24 elapsed hours
        assertThat(earlyWarning.authority()).isEqualTo("CCB (CERT.be)");
        assertThat(earlyWarning.jurisdiction()).isEqualTo("BE");
        assertThat(earlyWarning.baselineFallback()).isFalse();
        assertThat(earlyWarning.legalBasis()).isEqualTo("NIS2 law of 26 April 2024 (BE), transposing NIS2 Art. 23(4)(a)");
        assertThat(obligations.get("NIS2_INCIDENT_NOTIFICATION").dueAt()).isEqualTo("2026-03-31T09:00:00Z");
        assertThat(obligations.get("GDPR_SA_NOTIFICATION").authority()).isEqualTo("APD/GBA");
        assertThat(obligations.get("GDPR_SA_NOTIFICATION").dueAt()).isEqualTo("2026-03-31T09:00:00Z");
        assertThat(obligations.get("GDPR_BREACH_REGISTER").dueAt()).isNull(); // without undue delay
        // these deadlines passed long ago: each goes late at once
        Awaitility.await().atMost(PATIENCE).until(() ->
                obligationsOf(incident).get("NIS2_EARLY_WARNING").status() == ObligationStatus.LATE);
    }

    @Test
    void anUndecidedIncidentRunsFlaggedAndDecidingConfirmsIt() {
        var incident = IncidentId.generate();
        Instant aware = Instant.now().minus(Duration.ofHours(2));
        incidents.publish(reported(incident, "h-brugge", aware));

        incidents.publish(envelope("h-brugge", 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.UNDECIDED, "impact on care not known yet")));
        assertThat(awaitObligations(incident, 5).get("NIS2_EARLY_WARNING").significanceUndecided()).isTrue();

        incidents.publish(envelope("h-brugge", 2, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted")));
        Awaitility.await().atMost(PATIENCE).until(() ->
                !obligationsOf(incident).get("NIS2_EARLY_WARNING").significanceUndecided());
    }

    @Test
    void theSameEventDeliveredTwiceOpensNoSecondObligation() {
        var incident = IncidentId.generate();
        Instant aware = Instant.now().minus(Duration.ofHours(1));
        incidents.publish(reported(incident, "h-brugge", aware));
        var significant = envelope("h-brugge", 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted"));

        incidents.publish(significant);
        incidents.awaitConsumed(group, incidents.publish(significant));

        assertThat(awaitObligations(incident, 5)).hasSize(5);
        assertThat(eventsOf(ObligationIds.of(incident, "NIS2_EARLY_WARNING").toString())).isEqualTo(1);
    }

    @Test
    void aCorrectedAwarenessMovesEveryDueInstantThatRunsFromIt() {
        var incident = IncidentId.generate();
        Instant aware = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        incidents.publish(reported(incident, "h-brugge", aware));
        incidents.publish(envelope("h-brugge", 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted")));
        awaitObligations(incident, 5);

        Instant earlier = aware.minus(Duration.ofHours(3));
        incidents.publish(envelope("h-brugge", 2, Instant.now(), new AwarenessCorrected(incident,
                earlier.minusSeconds(60), earlier, "the night shift saw the ransom note first")));

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> {
            var moved = obligationsOf(incident);
            assertThat(moved.get("NIS2_EARLY_WARNING").dueAt()).isEqualTo(earlier.plus(Duration.ofHours(24)));
            assertThat(moved.get("NIS2_INCIDENT_NOTIFICATION").dueAt()).isEqualTo(earlier.plus(Duration.ofHours(72)));
            assertThat(moved.get("GDPR_SA_NOTIFICATION").dueAt()).isEqualTo(earlier.plus(Duration.ofHours(72)));
        });
    }

    @Test
    void reassessingWithdrawsTheObligationsWhoseTriggerNoLongerHolds() {
        var incident = IncidentId.generate();
        incidents.publish(reported(incident, "h-brugge", Instant.now().minus(Duration.ofHours(1))));
        incidents.publish(envelope("h-brugge", 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted")));
        awaitObligations(incident, 5);

        incidents.publish(envelope("h-brugge", 2, Instant.now(),
                new SignificanceAssessed(incident, Significance.NO, "a test system, no patient impact")));
        incidents.publish(envelope("h-brugge", 3, Instant.now(), new PersonalDataAssessed(incident,
                YesNoUnknown.NO, List.of(), null, "the test system holds no patient data", null)));

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(obligationsOf(incident).values())
                .allSatisfy(obligation -> assertThat(obligation.status()).isEqualTo(ObligationStatus.WITHDRAWN)));
    }

    @Test
    void remindersReachTheDpoAndTheOfficerAndAMissedDeadlineAlsoTheEscalationAddress() throws Exception {
        // given an early warning due in 20 seconds, reminded 10 seconds before due
        var incident = earlyWarningDueInTwentySeconds("h-brugge");

        // then the reminder, then the escalation arrive, once each
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> mailsAbout(incident, "LATE: Early warning").size() == 3);
        var reminder = mailsAbout(incident, "due in 10 s");
        assertThat(recipients(reminder)).containsExactlyInAnyOrder("dpo@brugge.example", "security@brugge.example");
        assertThat(recipients(mailsAbout(incident, "LATE: Early warning"))).containsExactlyInAnyOrder(
                "dpo@brugge.example", "security@brugge.example", "escalation@hospital-group.example");
        assertThat(contentOf(reminder.get(0))).contains("NIS2 Art. 23(4)(a)", "CCB (CERT.be)");
    }

    @Test
    void aHospitalInFranceIsRemindedAndWarnedOfTheMissedDeadlineInFrench() throws Exception {
        // given a hospital in France, whose profile names no language but its country
        profiles.save(new HospitalProfile(HospitalId.of("h-lyon"), "FR", ZoneId.of("Europe/Paris"),
                "ANSSI (CERT-FR)", "CNIL", "dpo@lyon.example", "securite@lyon.example"));

        // when its early warning is due in 20 seconds, reminded 10 seconds before due
        var incident = earlyWarningDueInTwentySeconds("h-lyon");

        // then the reminder and the escalation arrive in French, the rule's name too
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> mailsAbout(incident, "EN RETARD : Alerte précoce").size() == 3);
        var reminder = mailsAbout(incident, "échéance dans 10 s (ANSSI (CERT-FR))");
        assertThat(recipients(reminder)).containsExactlyInAnyOrder("dpo@lyon.example", "securite@lyon.example");
        assertThat(reminder.get(0).getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(contentOf(reminder.get(0))).contains("Alerte précoce (destinataire : ANSSI (CERT-FR)) arrive à "
                + "échéance dans 10 s.", "Base juridique :  NIS2 Art. 23(4)(a) (règles EU, règle de base de l’UE",
                "Hôpital :         h-lyon", "Ouvrez le tableau des échéances",
                "/deadlines/" + ObligationIds.of(incident, "NIS2_EARLY_WARNING") + "/draft");
        assertThat(contentOf(mailsAbout(incident, "EN RETARD : Alerte précoce").get(0)))
                .contains("n’a pas été transmis avant l’échéance et est désormais en retard");
    }

    private IncidentId earlyWarningDueInTwentySeconds(String hospital) {
        var incident = IncidentId.generate();
        Instant aware = Instant.now().minus(Duration.ofHours(24)).plusSeconds(20);
        incidents.publish(reported(incident, hospital, aware));
        incidents.publish(envelope(hospital, 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted")));
        return incident;
    }

    private Map<String, ObligationRow> awaitObligations(IncidentId incident, int count) {
        return Awaitility.await().atMost(PATIENCE).until(() -> obligationsOf(incident), rows -> rows.size() == count);
    }

    private Map<String, ObligationRow> obligationsOf(IncidentId incident) {
        return view.ofIncident(incident).stream().collect(Collectors.toMap(ObligationRow::ruleId, row -> row));
    }

    private long eventsOf(String aggregate) {
        return jdbc.sql("select count(*) from notification.domain_event_entry where aggregate_identifier = :id")
                .param("id", aggregate).query(Long.class).single();
    }

    private List<MimeMessage> mailsAbout(IncidentId incident, String subject) throws MessagingException {
        var matching = new java.util.ArrayList<MimeMessage>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains(subject) && contentOf(message).contains(incident.toString())) {
                matching.add(message);
            }
        }
        return matching;
    }

    private static String contentOf(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // GreenMail delivers one copy per recipient: the recipients of all copies are the envelope's recipients
    private static List<String> recipients(List<MimeMessage> copies) throws MessagingException {
        var all = new java.util.ArrayList<String>();
        for (MimeMessage copy : copies.subList(0, 1)) {
            Arrays.stream(copy.getRecipients(Message.RecipientType.TO)).map(Object::toString).forEach(all::add);
        }
        assertThat(copies).hasSize(all.size());
        return all;
    }
}
