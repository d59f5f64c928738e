package eu.vigil.notifier.hospital.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
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
import org.springframework.http.ResponseEntity;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the missing-profile warning that ui-kit's layout fetches into every service's pages, in the user's
 * language, or 204 when there is nothing to warn the user about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ProfileWarningIT {

    private static final String WARNING = "/hospital-profile/warning";

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @Test
    void givenNoProfileWhenTheDpoAsksInEnglishThenAnAlertSaysTheClocksRunEarlyAndToAskTheAdministrator() {
        // given a hospital nobody has configured
        var hospital = aHospital();

        // when its DPO's page asks for the warning in English
        var response = warning("DPO", hospital, Locale.ENGLISH);

        // then an alert, in words, says what it means and what to do next
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.TEXT_HTML));
        assertThat(response.getBody())
                .startsWith("<div class=\"warning\" role=\"alert\">")
                .contains("Your hospital has no notification profile",
                        "What to do next: ask your administrator to set your hospital’s profile",
                        "counted at the earliest safe instant",
                        "href=\"/api/notification-profiles/" + hospital + "\"")
                .doesNotContain("<html", "<main", "Que faire");
    }

    @Test
    void givenNoProfileWhenTheOfficerAsksInFrenchThenTheWarningIsInFrench() {
        // given a hospital nobody has configured
        var hospital = aHospital();

        // when its security officer's page, rendered in French, asks for the warning
        var response = warning("SECURITY_OFFICER", hospital, Locale.FRENCH);

        // then the same alert speaks French
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("role=\"alert\"",
                        "Votre hôpital n’a pas de profil de notification",
                        "Que faire : demandez à votre administrateur de définir le profil de votre hôpital",
                        "compté au premier instant sûr")
                .doesNotContain("What to do next");
    }

    @Test
    void givenAProfileWhenItsDpoAsksThenThereIsNothingToShowWhateverOtherHospitalsLack() {
        // given a configured hospital, while another has no profile
        var configured = aHospital();
        profiles.save(profileOf(configured));
        var unconfigured = aHospital();
        assertThat(warning("DPO", unconfigured, Locale.ENGLISH).getStatusCode()).isEqualTo(HttpStatus.OK);

        // when the configured hospital's DPO and officer ask
        // then there is nothing to show: the other hospital's missing profile is not theirs
        for (String role : List.of("DPO", "SECURITY_OFFICER")) {
            var response = warning(role, configured, Locale.ENGLISH);
            assertThat(response.getStatusCode()).as(role).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(response.getBody()).as(role).isNull();
        }
    }

    @Test
    void givenHospitalsWithIncidentsWhenAnAdministratorAsksThenThoseWithoutProfileAreListed() {
        // given two hospitals whose incidents the notifier has seen, only one of them configured
        var unconfigured = aHospital();
        var configured = aHospital();
        profiles.save(profileOf(configured));
        seenIncidentOf(unconfigured);
        seenIncidentOf(configured);

        // when an administrator's page asks for the warning, in French
        var response = warning("ADMIN", null, Locale.FRENCH);

        // then the unconfigured hospital is listed with the address of its profile, and the configured one is not
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("role=\"alert\"", "Ces hôpitaux ont des incidents dans Vigil",
                        "href=\"/api/notification-profiles/" + unconfigured + "\"", ">" + unconfigured + "</a>",
                        "Que faire : définissez le profil de chaque hôpital")
                .doesNotContain(configured);
    }

    @Test
    void givenACertCoordinatorWhenTheyAskThenThereIsNothingToShow() {
        var response = warning("CERT_COORDINATOR", null, Locale.ENGLISH);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void givenNoProfileWhenThePageRendersTheWarningItselfThenTheLayoutLeavesNoSlotForItButOtherPagesDo() {
        // given a hospital nobody has configured
        var hospital = aHospital();

        // when its DPO opens the deadline board, which warns by itself, and the list of incidents seen
        var board = page("/deadlines", hospital);
        var seen = page("/seen-incidents", hospital);

        // then the board shows the warning once and no slot, the other page a slot to fetch it into
        assertThat(board).containsOnlyOnce("Your hospital has no notification profile")
                .doesNotContain("data-profile-warning");
        assertThat(seen).containsOnlyOnce("data-profile-warning=\"/hospital-profile/warning\"")
                .doesNotContain("Your hospital has no notification profile");
    }

    private String page(String path, String hospital) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo", "DPO", hospital));
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        var response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<String> warning(String role, String hospital, Locale language) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-" + role.toLowerCase(Locale.ROOT), role, hospital));
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.setAcceptLanguageAsLocales(List.of(language));
        return http.exchange(WARNING, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private void seenIncidentOf(String hospital) {
        SeenIncidents.seenIncidentOf(hospital, new IncidentTopic(bootstrapServers, topic), http);
    }

    private static String aHospital() {
        return "h-warning-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static HospitalProfile profileOf(String hospital) {
        return new HospitalProfile(HospitalId.of(hospital), "BE", ZoneId.of("Europe/Brussels"), "CCB (CERT.be)",
                "APD/GBA", "dpo@warning.example", "security@warning.example");
    }
}
