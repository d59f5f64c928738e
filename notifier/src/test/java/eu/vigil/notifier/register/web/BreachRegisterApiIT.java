package eu.vigil.notifier.register.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.notifier.obligation.ObligationIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The GDPR Art. 33(5) register as JSON: every breach of the DPO's hospital, notified or not, and why. */
class BreachRegisterApiIT extends BreachRegisterFixture {

    @Test
    void everyBreachOfTheHospitalIsListedWithWhetherTheAuthorityWasToldAndWhy() {
        var breaches = register(hospital, "");

        assertThat(ids(breaches)).containsExactly(notified.toString(), notRequired.toString(), pending.toString());
        var told = breaches.get(0);
        assertThat(told.get("status").asText()).isEqualTo("notified");
        assertThat(told.get("supervisoryAuthority").get("status").asText()).isEqualTo("submitted");
        assertThat(told.get("supervisoryAuthority").get("reference").asText()).isEqualTo("APD-2026-0042");
        assertThat(told.get("supervisoryAuthority").get("link").asText())
                .isEqualTo("/deadlines/" + ObligationIds.of(notified, GDPR));
        assertThat(told.get("dataSubjects").isNull()).isTrue();
        var notTold = breaches.get(1);
        assertThat(notTold.get("status").asText()).isEqualTo("not-notified");
        assertThat(notTold.get("supervisoryAuthority").get("status").asText()).isEqualTo("not-required");
        assertThat(notTold.get("supervisoryAuthority").get("reason").asText()).isEqualTo(NOT_REQUIRED_REASON);
        var running = breaches.get(2);
        assertThat(running.get("status").asText()).isEqualTo("pending");
        // its 72 hours have run out: the deadline manager marks it late at its own pace
        assertThat(running.get("supervisoryAuthority").get("status").asText()).isIn("open", "late");
    }

    @Test
    void aBreachPlayedInADrillIsNeverInTheRegister() {
        assertThat(ids(register(hospital, ""))).doesNotContain(drillsBreach.toString());
        assertThat(ids(register(hospital, "?status=pending"))).doesNotContain(drillsBreach.toString());
    }

    @Test
    void aBreachShowsItsFactsEffectsAndTheCurrentRemedialActions() {
        var told = register(hospital, "?status=notified").get(0);

        assertThat(told.get("summary").asText()).isEqualTo(INJECTED_SUMMARY);
        assertThat(told.get("category").asText()).isEqualTo("information-content-security/data-leak");
        assertThat(Instant.parse(told.get("breachAwareAt").asText())).isEqualTo(notifiedAware);
        assertThat(told.get("breachAwareAtLocal").asText())
                .isEqualTo(notifiedAware.atZone(BRUSSELS).toOffsetDateTime().toString());
        assertThat(told.get("timeZone").asText()).isEqualTo("Europe/Brussels");
        assertThat(texts(told.get("personalDataCategories"))).containsExactly("health-data", "identifiers");
        assertThat(told.get("approximateDataSubjects").asInt()).isEqualTo(900);
        assertThat(told.get("patientCareImpact").asText()).isEqualTo("diverted-patients");
        assertThat(texts(told.get("affectedServices"))).containsExactly("imaging");
        // the observation is no action, and the correction replaces the entry with the typo
        assertThat(StreamSupport.stream(told.get("remedialActions").spliterator(), false)
                .map(action -> action.get("text").asText()))
                .containsExactly("PACS server isolated", "Passwords of the PACS accounts reset");
    }

    @Test
    void theYearIsCountedOnTheHospitalsClockAndTheStatusFilters() {
        int notifiedYear = notifiedAware.atZone(BRUSSELS).getYear();

        assertThat(ids(register(hospital, "?year=2026"))).contains(notRequired.toString())
                .doesNotContain(pending.toString());
        assertThat(ids(register(hospital, "?year=2025"))).containsExactly(pending.toString());
        assertThat(ids(register(hospital, "?status=pending"))).containsExactly(pending.toString());
        assertThat(ids(register(hospital, "?status=not-notified"))).containsExactly(notRequired.toString());
        assertThat(ids(register(hospital, "?year=" + notifiedYear + "&status=notified")))
                .containsExactly(notified.toString());
    }

    @Test
    void anotherHospitalsBreachesNeverAppearAndItsDpoSeesOnlyItsOwn() {
        assertThat(ids(register(hospital, ""))).doesNotContain(othersBreach.toString());
        assertThat(ids(register(otherHospital, ""))).containsExactly(othersBreach.toString());
    }

    @Test
    void theDataSubjectsCommunicationShowsOnceTheDpoDecidedOnAHighRisk() {
        http.exchange("/api/obligations/data-subject-communications", HttpMethod.POST, as("DPO", hospital,
                Map.of("incidentId", notified.toString(), "reasons", "Health data of about 900 patients")),
                String.class);

        var told = register(hospital, "?status=notified").get(0);

        var communication = ObligationIds.of(notified, "GDPR_DATA_SUBJECT_COMMUNICATION");
        assertThat(told.get("dataSubjects").get("status").asText()).isEqualTo("open");
        assertThat(told.get("dataSubjects").get("link").asText()).isEqualTo("/deadlines/" + communication);
    }

    @ParameterizedTest
    @CsvSource({"/api/breach-register?year=26, year", "/api/breach-register?year=twenty, year",
            "/api/breach-register?year=1999, year", "/api/breach-register?status=late, status",
            "/breach-register.csv?status=NOTIFIED, status", "/breach-register.pdf?year=%2B2026, year"})
    void aFilterItDoesNotKnowIsRefusedNamingTheQueryParameter(String address, String parameter) {
        var response = http.exchange(address, HttpMethod.GET, new HttpEntity<>(headers("DPO", hospital)),
                JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:invalid-request");
        assertThat(response.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo(parameter);
        assertThat(response.getBody().get("detail").asText()).startsWith(parameter + ": must be ");
    }

    private List<JsonNode> register(String of, String query) {
        var response = http.exchange("/api/breach-register" + query, HttpMethod.GET,
                new HttpEntity<>(headers("DPO", of)), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(response.getBody().get("breaches").spliterator(), false).toList();
    }

    private static List<String> ids(List<JsonNode> breaches) {
        return breaches.stream().map(breach -> breach.get("incidentId").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
