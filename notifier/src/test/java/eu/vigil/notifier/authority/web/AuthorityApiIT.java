package eu.vigil.notifier.authority.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue with each hospital's confirmations: a DPO confirms for the own hospital only, and bad input stores nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AuthorityApiIT {

    // hospitals of this test only: confirmations of other tests' hospitals do not show
    private final String own = "h-auth-" + UUID.randomUUID();
    private final String other = "h-auth-" + UUID.randomUUID();

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired HospitalProfiles profiles;

    @Test
    void aDposConfirmationShowsBesideTheCatalogueFactForTheOwnHospitalOnly() {
        var confirmed = confirm(own, "nl-ap", Map.of("fact", "portal",
                "value", "https://www.autoriteitpersoonsgegevens.nl", "confirmed", true));

        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
        var portal = fact(get("SECURITY_OFFICER", own, "/api/authorities/nl-ap").getBody(), "portal");
        assertThat(portal.get("value").asText()).isEqualTo("https://www.autoriteitpersoonsgegevens.nl");
        assertThat(portal.get("source").asText()).isEqualTo("https://www.autoriteitpersoonsgegevens.nl");
        assertThat(portal.get("confirmedInCatalogue").asBoolean()).isFalse();
        assertThat(portal.get("hospitalConfirmation").get("confirmed").asBoolean()).isTrue();
        assertThat(fact(get("DPO", other, "/api/authorities/nl-ap").getBody(), "portal").has("hospitalConfirmation"))
                .isFalse();
    }

    @Test
    void aCountrysAuthoritiesCarryEachFactsSourceAndWhetherThePackConfirmedIt() {
        var response = get("ADMIN", null, "/api/authorities?country=BE");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().findValuesAsText("id")).containsExactly("be-ccb", "be-apd-gba");
        var ccb = response.getBody().get(0);
        assertThat(ccb.get("draftLanguage").asText()).isEqualTo("nl");
        assertThat(ccb.get("formFieldsLegalMinimum").asBoolean()).isTrue();
        var email = fact(ccb, "email");
        assertThat(email.get("value").asText()).isEqualTo("incident@ccb.belgium.be");
        assertThat(email.get("source").asText()).isEqualTo("https://ccb.belgium.be/de/cert/einen-vorfall-melden");
        assertThat(email.get("confirmedInCatalogue").asBoolean()).isTrue();
        assertThat(get("ADMIN", null, "/api/authorities?country=LU").getBody()).isEmpty();
    }

    @Test
    void languagesTheDpoConfirmedDecideTheDraftLanguage() {
        confirm(own, "be-ccb", Map.of("fact", "languages", "value", "fr, nl", "confirmed", true));

        assertThat(get("DPO", own, "/api/authorities/be-ccb").getBody().get("draftLanguage").asText()).isEqualTo("fr");
        assertThat(get("DPO", other, "/api/authorities/be-ccb").getBody().get("draftLanguage").asText())
                .isEqualTo("nl");
    }

    @Test
    void anUnknownFactAnOverLongValueOrAControlCharacterIsRefusedNamingTheFieldAndStoresNothing() {
        var cases = Map.of(
                "/fact", Map.<String, Object>of("fact", "website", "value", "https://www.cnil.fr", "confirmed", true),
                "/value", Map.<String, Object>of("fact", "portal", "value", "https://" + "x".repeat(600),
                        "confirmed", true));
        var controls = Map.<String, Object>of("fact", "phone", "value", "+33 1 53\u0007 73 22 22", "confirmed", true);
        var badLanguage = Map.<String, Object>of("fact", "languages", "value", "French", "confirmed", true);
        cases.forEach((pointer, body) -> refused(confirm(own, "fr-cnil", body), pointer));
        refused(confirm(own, "fr-cnil", controls), "/value");
        refused(confirm(own, "fr-cnil", badLanguage), "/value");

        assertThat(stored(own)).isZero();
    }

    @Test
    void anUnknownAuthorityIsNotFoundAndNothingIsStored() {
        var confirmed = confirm(own, "xx-nobody", Map.of("fact", "portal", "value", "https://example.org",
                "confirmed", true));

        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(confirmed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get("DPO", own, "/api/authorities/xx-nobody").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stored(own)).isZero();
    }

    @Test
    void thePageSaysInWordsWhichFactsAreNotConfirmedAndTheFormRefusesAnUnknownFact() {
        profiles.save(new HospitalProfile(HospitalId.of(own), "FR", ZoneId.of("Europe/Paris"), "ANSSI", "CNIL",
                "dpo@lyon.example", "security@lyon.example"));
        confirm(own, "fr-cnil", Map.of("fact", "portal", "value", "https://notifications.cnil.fr", "confirmed", true));

        var page = http.exchange("/authorities", HttpMethod.GET, new HttpEntity<>(html("DPO", own)), String.class);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("fact", "website");
        form.add("value", "https://www.cnil.fr");
        var headers = html("DPO", own);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var refused = http.exchange("/authorities/fr-cnil/confirmations", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("CERT Santé", "https://signalement.social-sante.gouv.fr",
                "not confirmed — check before use", "href=\"https://www.cnil.fr\"", "Confirmed for your hospital:");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("id=\"fact-error\"");
        assertThat(stored(own)).isOne();
    }

    private static void refused(ResponseEntity<JsonNode> response, String pointer) {
        assertThat(response.getStatusCode()).as(pointer).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:invalid-request");
        assertThat(response.getBody().get("errors").findValuesAsText("pointer")).as(response.getBody().toString())
                .contains(pointer);
    }

    private static JsonNode fact(JsonNode authority, String name) {
        for (JsonNode fact : authority.get("facts")) {
            if (fact.get("name").asText().equals(name)) {
                return fact;
            }
        }
        throw new AssertionError(name + " not in " + authority);
    }

    private ResponseEntity<JsonNode> confirm(String hospital, String authority, Map<String, Object> body) {
        var headers = headers("DPO", hospital);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/authorities/" + authority + "/confirmations", HttpMethod.PUT,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String role, String hospital, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(role, hospital)), JsonNode.class);
    }

    private long stored(String hospital) {
        return jdbc.sql("select count(*) from notification.authority_confirmation where hospital_id = :hospital")
                .param("hospital", hospital).query(Long.class).single();
    }

    private static HttpHeaders html(String role, String hospital) {
        var headers = headers(role, hospital);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return headers;
    }

    private static HttpHeaders headers(String role, String hospital) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-" + role.toLowerCase(), role, hospital));
        return headers;
    }
}
