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
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
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

/** Issue 15: the administrator's list of hospitals and the profile form; the staff's read-only profile page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class HospitalProfilePageIT {

    private static final String VALID = "country=BE&timeZone=Europe%2FBrussels&nis2Authority=CCB+%28CERT.be%29"
            + "&dataProtectionAuthority=APD%2FGBA&dpoEmail=dpo%40profile.example"
            + "&securityOfficerEmail=security%40profile.example&fourEyesApproval=true";

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @Test
    void givenOneHospitalWithAProfileAndOneSeenWithoutWhenTheAdministratorListsThemThenEachSaysWhatItHas() {
        // given a configured hospital and one whose incident the notifier saw without a profile
        var configured = aHospital();
        profiles.save(new HospitalProfile(HospitalId.of(configured), "FR", ZoneId.of("Europe/Paris"), "ANSSI",
                "CNIL", "dpo@profile.example", "security@profile.example"));
        var unconfigured = aHospital();
        seenIncidentOf(unconfigured);

        // when the administrator opens the list
        var page = get("/hospital-profiles", "ADMIN", null, Locale.ENGLISH);

        // then each is listed with its country, zone and authorities, and the missing profile is said in words
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(row(page.getBody(), configured)).contains("href=\"/hospital-profiles/" + configured + "\"",
                "<td>Set</td>", "<td>FR</td>", "<td>Europe/Paris</td>", "ANSSI", "CNIL").doesNotContain("Missing");
        assertThat(row(page.getBody(), unconfigured)).contains("href=\"/hospital-profiles/" + unconfigured + "\"",
                "Missing: clocks run at the earliest EU instant", "urgency-late");
        assertThat(page.getBody()).contains("aria-current=\"page\"").doesNotContain("data-profile-warning");
    }

    @Test
    void givenARefusedFormWhenTheAdministratorPostsItThenEachBadFieldIsNamedAndNothingIsStored() {
        // given a hospital without a profile
        var hospital = aHospital();

        // when the administrator posts a form with a bad country, zone and address, in French
        var response = post(hospital, "country=Belgium&timeZone=Mars%2FOlympus&nis2Authority=CCB"
                + "&dataProtectionAuthority=APD&dpoEmail=not-an-address&securityOfficerEmail=s%40profile.example",
                Locale.FRENCH);

        // then the form comes back naming each field's problem in French, and no profile is stored
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("id=\"country-error\"", "id=\"timeZone-error\"",
                        "id=\"dpoEmail-error\"", "href=\"#country\"", "Saisissez le pays en deux lettres majuscules",
                        "Saisissez un fuseau horaire", "value=\"Belgium\"")
                .doesNotContain("id=\"nis2Authority-error\"", "id=\"securityOfficerEmail-error\"");
        assertThat(profiles.find(HospitalId.of(hospital))).isEmpty();
    }

    @Test
    void givenAValidFormWhenTheAdministratorPostsItThenTheProfileIsStoredAndTheFormSaysSo() {
        // given a hospital without a profile
        var hospital = aHospital();

        // when the administrator posts a valid form
        var response = post(hospital, VALID, Locale.ENGLISH);

        // then the profile is stored through the API's storage and the redirected form shows it saved
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(response.getHeaders().getLocation()).hasPath("/hospital-profiles/" + hospital);
        assertThat(profiles.find(HospitalId.of(hospital))).contains(new HospitalProfile(HospitalId.of(hospital), "BE",
                ZoneId.of("Europe/Brussels"), "CCB (CERT.be)", "APD/GBA", "dpo@profile.example",
                "security@profile.example", true));
        var form = get("/hospital-profiles/" + hospital + "?saved", "ADMIN", null, Locale.ENGLISH).getBody();
        assertThat(form).contains("The profile is saved", "value=\"Europe/Brussels\"", "checked=\"checked\"",
                "method=\"post\"");
    }

    @Test
    void givenAProfileWhenItsOfficerOpensItThenItIsReadOnlyAndAnotherHospitalsIsUnknown() {
        // given a configured hospital
        var hospital = aHospital();
        profiles.save(new HospitalProfile(HospitalId.of(hospital), "BE", ZoneId.of("Europe/Brussels"),
                "CCB (CERT.be)", "APD/GBA", "dpo@profile.example", "security@profile.example"));

        // when its officer opens its profile, and another hospital's officer does
        var own = get("/hospital-profiles/" + hospital, "SECURITY_OFFICER", hospital, Locale.ENGLISH);
        var other = get("/hospital-profiles/" + hospital, "SECURITY_OFFICER", aHospital(), Locale.ENGLISH);

        // then the own one is shown without a form, marked current in the navigation; the other is not found
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).contains("CCB (CERT.be)", "dpo@profile.example", "Only an administrator changes",
                        "href=\"/hospital-profiles/" + hospital + "\" aria-current=\"page\"")
                .doesNotContain("<form method=\"post\" action=\"/hospital-profiles", "<input type=\"text\"");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static String row(String page, String hospital) {
        int start = page.indexOf("data-hospital=\"" + hospital + "\"");
        assertThat(start).as("a row for %s", hospital).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private ResponseEntity<String> get(String path, String role, String hospital, Locale language) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-" + role.toLowerCase(Locale.ROOT), role, hospital));
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.setAcceptLanguageAsLocales(List.of(language));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> post(String hospital, String body, Locale language) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-admin", "ADMIN", null));
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.setAcceptLanguageAsLocales(List.of(language));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        // the redirect after a stored form is the answer
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW).exchange(
                "/hospital-profiles/" + hospital, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private void seenIncidentOf(String hospital) {
        SeenIncidents.seenIncidentOf(hospital, new IncidentTopic(bootstrapServers, topic), http);
    }

    // sorts before the other tests' hospitals, so that it is within the list's first hospitals
    private static String aHospital() {
        return "a0-profile-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
