package eu.vigil.notifier.obligation;

import eu.vigil.contracts.notification.ObligationStatus;
import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.HandlingConcluded;
import eu.vigil.contracts.incident.ImpactEnded;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples of the clocks that run from something other than the incident's awareness: the breach's own
 * awareness (GDPR Art. 33(1)), the end of handling (NIS2 Art. 23(4)(e)) and Portugal's end of impact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class LaterClocksIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private IncidentTopic incidents;

    @BeforeEach
    void hospitals() {
        incidents = new IncidentTopic(bootstrapServers, topic);
        profiles.save(new HospitalProfile(HospitalId.of("h-gent"), "BE", BRUSSELS, "CCB (CERT.be)", "APD/GBA",
                "dpo@gent.example", "security@gent.example"));
        profiles.save(new HospitalProfile(HospitalId.of("h-porto"), "PT", ZoneId.of("Europe/Lisbon"), "CNCS", "CNPD",
                "dpo@porto.example", "security@porto.example"));
    }

    @Test
    void givenABreachFoundTwoDaysAfterTheIncidentWhenAssessedThenTheGdprClockRunsFromTheBreachNotTheRecording() {
        // given an incident reported five days ago without personal data
        var incident = IncidentId.generate();
        Instant aware = now().minus(Duration.ofDays(5));
        incidents.publish(envelope("h-gent", 0, aware, reportWithoutPersonalData(incident, "h-gent", aware)));

        // when the DPO records today that an archive of patient letters left the hospital two days after awareness
        Instant breachFound = aware.plus(Duration.ofDays(2));
        incidents.publish(envelope("h-gent", 1, now(), new PersonalDataAssessed(incident, YesNoUnknown.YES,
                List.of(PersonalDataCategory.HEALTH_DATA), 1200, "Archive of discharge letters found", breachFound)));

        // then the supervisory authority's 72 hours run from the breach's awareness, already past: late, not due later
        var notification = await(incident, "GDPR_SA_NOTIFICATION", row -> true);
        assertThat(notification.triggeredAt()).isEqualTo(breachFound);
        assertThat(notification.dueAt()).isEqualTo(breachFound.plus(Duration.ofHours(72)));

        // and a correction of the breach's awareness moves the clock as an awareness correction does
        Instant earlier = aware.plus(Duration.ofDays(1));
        incidents.publish(envelope("h-gent", 2, now(), new PersonalDataAssessed(incident, YesNoUnknown.YES,
                List.of(PersonalDataCategory.HEALTH_DATA), 1200, "The archive is dated a day earlier", earlier)));
        await(incident, "GDPR_SA_NOTIFICATION", row -> row.dueAt().equals(earlier.plus(Duration.ofHours(72))));
    }

    @Test
    void givenAnIncidentOngoingWhenItsFinalReportFellDueThenConcludingItsHandlingOpensTheFinalReportAMonthLater() {
        // given a significant incident whose notification went out 69 days ago: the final report fell due long ago
        var incident = IncidentId.generate();
        Instant aware = now().minus(Duration.ofDays(70));
        notifiedSignificantIncident(incident, "h-gent", aware, aware.plus(Duration.ofHours(29)));
        await(incident, "NIS2_PROGRESS_REPORT", row -> row.status().isRunning());

        // when the officer records that the handling concluded yesterday
        Instant concluded = now().minus(Duration.ofDays(1));
        incidents.publish(envelope("h-gent", 2, now(), new HandlingConcluded(incident, concluded, "Restored")));

        // then NIS2 Art. 23(4)(e): the final report is due one month after the handling, at the end of that day
        var afterHandling = await(incident, "NIS2_FINAL_REPORT_AFTER_HANDLING", row -> true);
        assertThat(afterHandling.triggeredAt()).isEqualTo(concluded);
        assertThat(afterHandling.dueAt()).isEqualTo(concluded.atZone(BRUSSELS).toLocalDate().plusMonths(1)
                .plusDays(1).atStartOfDay(BRUSSELS).toInstant());
    }

    @Test
    void givenHandlingConcludedBeforeTheFinalReportFellDueThenTheProgressReportIsWithdrawnAndNoOtherFinalReport() {
        var incident = IncidentId.generate();
        Instant aware = now().minus(Duration.ofDays(5));
        notifiedSignificantIncident(incident, "h-gent", aware, aware.plus(Duration.ofHours(29)));
        await(incident, "NIS2_PROGRESS_REPORT", row -> row.status().isRunning());

        incidents.publish(envelope("h-gent", 2, now(),
                new HandlingConcluded(incident, now().minus(Duration.ofHours(1)), "Contained within days")));

        await(incident, "NIS2_PROGRESS_REPORT", row -> row.status() == ObligationStatus.WITHDRAWN);
        assertThat(row(incident, "NIS2_FINAL_REPORT")).hasValueSatisfying(row ->
                assertThat(row.status().isRunning()).isTrue());
        assertThat(row(incident, "NIS2_FINAL_REPORT_AFTER_HANDLING")).isEmpty();
    }

    @Test
    void givenAPortugueseHospitalWhenTheImpactEndsThenItsCommunicationIsDueIn24HoursAndStartsTheFinalReport() {
        // given a significant incident at a hospital in Portugal
        var incident = IncidentId.generate();
        Instant aware = now().minus(Duration.ofHours(10));
        incidents.publish(envelope("h-porto", 0, aware, reportWithoutPersonalData(incident, "h-porto", aware)));
        incidents.publish(envelope("h-porto", 1, now(),
                new SignificanceAssessed(incident, Significance.YES, "Emergency department diverted")));

        // when the officer records that the impact ended two hours ago
        Instant ended = now().minus(Duration.ofHours(2));
        incidents.publish(envelope("h-porto", 2, now(), new ImpactEnded(incident, ended, "Urgências restored")));

        // then the end of the impact is to be communicated within 24 hours (DL 125/2025)
        var communication = await(incident, "NIS2_END_OF_IMPACT_COMMUNICATION", row -> true);
        assertThat(communication.dueAt()).isEqualTo(ended.plus(Duration.ofHours(24)));

        // and once it is submitted, Portugal's final report runs from that submission
        Instant submitted = now().minus(Duration.ofMinutes(30));
        var response = http.exchange("/api/obligations/" + communication.obligationId() + "/submission",
                HttpMethod.POST, asDpo("h-porto", Map.of("submittedAt", submitted.toString(), "reference", "CNCS-1")),
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(await(incident, "NIS2_FINAL_REPORT", row -> true).triggeredAt()).isEqualTo(submitted);
    }

    private void notifiedSignificantIncident(IncidentId incident, String hospital, Instant aware, Instant notified) {
        incidents.publish(envelope(hospital, 0, aware, reportWithoutPersonalData(incident, hospital, aware)));
        incidents.publish(envelope(hospital, 1, now(),
                new SignificanceAssessed(incident, Significance.YES, "Imaging down for hours")));
        var notification = await(incident, "NIS2_INCIDENT_NOTIFICATION", row -> true);
        var response = http.exchange("/api/obligations/" + notification.obligationId() + "/submission",
                HttpMethod.POST, asDpo(hospital, Map.of("submittedAt", notified.toString(), "reference", "CCB-7")),
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        await(incident, "NIS2_FINAL_REPORT", row -> row.triggeredAt().equals(notified));
    }

    private static IncidentReported reportWithoutPersonalData(IncidentId incident, String hospital, Instant aware) {
        return new IncidentReported(incident, HospitalId.of(hospital), "Ransom note on the PACS viewer",
                aware.minusSeconds(600), aware, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.NO, null);
    }

    private ObligationRow await(IncidentId incident, String ruleId, Predicate<ObligationRow> until) {
        return Awaitility.await().atMost(PATIENCE).until(() -> row(incident, ruleId),
                row -> row.isPresent() && until.test(row.get())).orElseThrow();
    }

    private Optional<ObligationRow> row(IncidentId incident, String ruleId) {
        return view.ofIncident(incident).stream().filter(row -> row.ruleId().equals(ruleId)).findFirst();
    }

    private static HttpEntity<Object> asDpo(String hospital, Object body) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo-7", "DPO", hospital));
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
