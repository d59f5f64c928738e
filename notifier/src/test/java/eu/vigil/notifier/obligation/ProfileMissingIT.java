package eu.vigil.notifier.obligation;

import eu.vigil.contracts.notification.ObligationStatus;
import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentReported;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a hospital without a notification profile counts calendar periods at the earliest instant any EU zone
 * allows, never in UTC, and its clocks move to its own zone once the profile is saved. Worked example: the NIS2
 * incident notification is submitted on Tuesday 2026-10-20 10:00 UTC (13:00 EEST, the same date in every EU zone);
 * the final report's month crosses the October clock change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ProfileMissingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant AWARE = Instant.parse("2026-10-18T08:00:00Z");
    private static final Instant NOTIFIED = Instant.parse("2026-10-20T10:00:00Z");

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private IncidentTopic incidents;

    @BeforeEach
    void topic() {
        incidents = new IncidentTopic(bootstrapServers, topic);
    }

    @Test
    void givenNoProfileWhenTheNotificationIsSubmittedThenTheFinalReportEndsAtMidnightInTheEasternmostEuZone() {
        // given a hospital nobody configured, and its significant incident notified on 20 October
        var incident = IncidentId.generate();
        notifiedSignificantIncident(incident, "h-unprofiled-1");

        // then the month ends at 24:00 of 20 November in Helsinki and Nicosia (EET after the change), not in UTC
        var finalReport = await(incident, "NIS2_FINAL_REPORT", row -> true);
        assertThat(finalReport.dueAt()).isEqualTo("2026-11-20T22:00:00Z");
        assertThat(finalReport.dueAt().atZone(ZoneId.of("Asia/Nicosia")))
                .isEqualTo("2026-11-21T00:00+02:00[Asia/Nicosia]");
        assertThat(finalReport.timeZone().getId()).isEqualTo("profile-missing");
        assertThat(finalReport.profileMissing()).isTrue();
        assertThat(finalReport.authority()).isNull();
        // and the hours stay elapsed hours
        assertThat(await(incident, "NIS2_EARLY_WARNING", row -> true).dueAt()).isEqualTo("2026-10-19T08:00:00Z");
    }

    @Test
    void givenNoProfileWhenTheProfileIsSavedThenTheFinalReportMovesToTheEndOfTheDayInBrussels() {
        // given a hospital without a profile whose final report runs to 2026-11-20 22:00 UTC
        var incident = IncidentId.generate();
        notifiedSignificantIncident(incident, "h-unprofiled-2");
        await(incident, "NIS2_FINAL_REPORT", row -> row.dueAt().equals(Instant.parse("2026-11-20T22:00:00Z")));

        // when an administrator saves its profile in Brussels
        profiles.save(new HospitalProfile(HospitalId.of("h-unprofiled-2"), "BE", ZoneId.of("Europe/Brussels"),
                "CCB (CERT.be)", "APD/GBA", "dpo@unprofiled.example", "security@unprofiled.example"));

        // then the final report ends at 24:00 CET of 20 November, and names the CSIRT
        var finalReport = await(incident, "NIS2_FINAL_REPORT", row -> row.timeZone().getId().equals("Europe/Brussels"));
        assertThat(finalReport.dueAt()).isEqualTo("2026-11-20T23:00:00Z");
        assertThat(finalReport.profileMissing()).isFalse();
        assertThat(finalReport.authority()).isEqualTo("CCB (CERT.be)");
        // and an hour-based clock keeps its instant, now read in Brussels
        var earlyWarning = await(incident, "NIS2_EARLY_WARNING",
                row -> !row.profileMissing() && row.status() == ObligationStatus.LATE);
        assertThat(earlyWarning.dueAt()).isEqualTo("2026-10-19T08:00:00Z");
        // and the board no longer warns (the notification, submitted before, keeps the instant it was due at)
        var board = http.exchange("/deadlines", HttpMethod.GET, asDpo("h-unprofiled-2", null, List.of()),
                String.class);
        assertThat(board.getBody()).doesNotContain("no notification profile");
    }

    @Test
    void givenNoProfileWhenAFrenchDpoOpensTheBoardThenTheWarningAndTheMarkerAreInFrench() {
        // given a hospital without a profile with a running final report
        var incident = IncidentId.generate();
        notifiedSignificantIncident(incident, "h-unprofiled-3");
        var finalReport = await(incident, "NIS2_FINAL_REPORT", row -> true);

        // when its DPO, whose browser asks for French, opens the board and the final report's page
        var languages = List.of(Locale.FRENCH);
        var board = http.exchange("/deadlines", HttpMethod.GET, asDpo("h-unprofiled-3", null, languages),
                String.class);
        var page = http.exchange("/deadlines/" + finalReport.obligationId(), HttpMethod.GET,
                asDpo("h-unprofiled-3", null, languages), String.class);

        // then both say in words that the profile is missing, and where an administrator sets it
        assertThat(board.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(board.getBody()).contains("Votre hôpital n’a pas de profil de notification",
                "Profil manquant : échéance au premier instant que permet un fuseau horaire de l’UE",
                "href=\"/api/notification-profiles/h-unprofiled-3\"");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Votre hôpital n’a pas de profil de notification",
                "Profil manquant : échéance au premier instant que permet un fuseau horaire de l’UE");
    }

    private void notifiedSignificantIncident(IncidentId incident, String hospital) {
        incidents.publish(envelope(hospital, 0, AWARE, new IncidentReported(incident, HospitalId.of(hospital),
                "Ransom note on the PACS viewer", AWARE.minusSeconds(600), AWARE,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.NO, null)));
        incidents.publish(envelope(hospital, 1, AWARE.plus(Duration.ofHours(2)),
                new SignificanceAssessed(incident, Significance.YES, "Imaging down for hours")));
        var notification = await(incident, "NIS2_INCIDENT_NOTIFICATION", row -> true);
        var response = http.exchange("/api/obligations/" + notification.obligationId() + "/submission",
                HttpMethod.POST, asDpo(hospital, Map.of("submittedAt", NOTIFIED.toString(), "reference", "CSIRT-1"),
                        List.of()), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ObligationRow await(IncidentId incident, String ruleId, Predicate<ObligationRow> until) {
        return Awaitility.await().atMost(PATIENCE).until(() -> row(incident, ruleId),
                row -> row.isPresent() && until.test(row.get())).orElseThrow();
    }

    private Optional<ObligationRow> row(IncidentId incident, String ruleId) {
        return view.ofIncident(incident).stream().filter(row -> row.ruleId().equals(ruleId)).findFirst();
    }

    private static HttpEntity<Object> asDpo(String hospital, Object body, List<Locale> languages) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo-7", "DPO", hospital));
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (!languages.isEmpty()) {
            headers.setAcceptLanguageAsLocales(languages);
        }
        return new HttpEntity<>(body, headers);
    }
}
