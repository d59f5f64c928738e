package eu.vigil.command.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
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
import org.springframework.util.MultiValueMap;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static eu.vigil.command.incident.web.ApiRequests.NOW;
import static eu.vigil.command.incident.web.ApiRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the handling was concluded (NIS2 Art. 23(4)(e)) and when the impact ended (Portugal), through the API and the
 * phase page, and the personal data breach's own awareness (GDPR Art. 33(1)) through its form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class HandlingAndImpactEndIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final String OFFICER_OF_UTRECHT = TestTokens.bearer("u-officer-3", "SECURITY_OFFICER", "h-utrecht");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void bruggeAndUtrechtAreServed() {
        ApiRequests.registerHospital(http, "h-brugge", "BE", "Europe/Brussels");
        ApiRequests.registerHospital(http, "h-utrecht", "NL", "Europe/Amsterdam");
    }

    @Test
    void concludingTheHandlingRecordsItsEventAndAnswersTheSequence() {
        String id = report();

        var concluded = put(id, "/handling-concluded", """
                {"concludedAt": "AFTER_AWARE", "summary": "Restored from backups"}""", OFFICER);
        var ended = put(id, "/impact-ended", """
                {"endedAt": "AFTER_AWARE", "note": "PACS back in service"}""", OFFICER);

        assertThat(concluded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(concluded.getBody().get("incidentId").asText()).isEqualTo(id);
        assertThat(concluded.getBody().get("sequence").asLong()).isEqualTo(1);
        assertThat(ended.getBody().get("sequence").asLong()).isEqualTo(2);
        assertThat(payloadsOf(id)).hasSize(3);
        assertThat(payloadOf(id, "HandlingConcluded")).contains(NOW.minus(Duration.ofHours(1)).toString(),
                "Restored from backups");
        assertThat(payloadOf(id, "ImpactEnded")).contains(NOW.minus(Duration.ofHours(1)).toString(),
                "PACS back in service");
    }

    @Test
    void theSameConclusionAgainRecordsNothingAndAnswersTheSameSequence() {
        String id = report();
        put(id, "/handling-concluded", """
                {"concludedAt": "AFTER_AWARE"}""", OFFICER);

        var again = put(id, "/handling-concluded", """
                {"concludedAt": "AFTER_AWARE", "summary": "Saved twice"}""", OFFICER);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("sequence").asLong()).isEqualTo(1);
        assertThat(payloadsOf(id)).hasSize(2);
    }

    @Test
    void aConclusionBeforeAwarenessIsAProblemNamingTheFieldAndRecordsNothing() {
        String id = report();

        var response = put(id, "/handling-concluded", """
                {"concludedAt": "BEFORE_DETECTION", "summary": "Too early"}""", OFFICER);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:time-before-awareness");
        assertThat(response.getBody().get("errors").findValuesAsText("pointer")).containsExactly("/concludedAt");
        assertThat(payloadsOf(id)).hasSize(1);
    }

    @Test
    void anEndOfImpactInTheFutureIsAProblemNamingTheFieldAndRecordsNothing() {
        String id = report();

        var response = put(id, "/impact-ended", """
                {"endedAt": "FUTURE"}""", OFFICER);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:time-in-future");
        assertThat(response.getBody().get("errors").findValuesAsText("pointer")).containsExactly("/endedAt");
        assertThat(payloadsOf(id)).hasSize(1);
    }

    @Test
    void anotherHospitalsIncidentIsNotFoundAndRecordsNothing() {
        String id = report();

        var concluded = put(id, "/handling-concluded", """
                {"concludedAt": "AFTER_AWARE"}""", OFFICER_OF_UTRECHT);
        var ended = put(id, "/impact-ended", """
                {"endedAt": "AFTER_AWARE"}""", OFFICER_OF_UTRECHT);

        assertThat(concluded.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(payloadsOf(id)).hasSize(1);
    }

    @Test
    void aBrusselsTimeOnThePhasePageBecomesTheRightUtcInstant() {
        // 2026-10-25 02:30 happens twice in Brussels: the first, still summer time (UTC+2), is meant
        String early = reportAwareAt("2026-10-24T20:00:00Z");

        var concluded = postForm("/incidents/" + early + "/handling-concluded",
                form("concludedAt", "2026-10-25T02:30", "summary", "Restored"));
        var ended = postForm("/incidents/" + early + "/impact-ended",
                form("endedAt", "2026-11-02T09:15", "note", "PACS back"));

        assertThat(concluded.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(String.valueOf(concluded.getHeaders().getLocation())).endsWith("/incidents/" + early + "?seen=1");
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(payloadOf(early, "HandlingConcluded")).contains("2026-10-25T00:30:00Z", "Restored");
        assertThat(payloadOf(early, "ImpactEnded")).contains("2026-11-02T08:15:00Z", "PACS back"); // winter: UTC+1
    }

    @Test
    void thePhasePageOffersBothFormsPrefilledWithTheRecordedInstantsAndNoIdTwice() {
        String id = reportAwareAt("2026-10-24T20:00:00Z");
        put(id, "/handling-concluded", """
                {"concludedAt": "2026-10-26T08:00:00Z", "summary": "Restored from backups"}""", OFFICER);

        var page = get("/incidents/" + id + "/phase");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Handling concluded", "Impact on services ended",
                "NIS2: the final report is due one month after the handling is concluded",
                "Portugal: the end of the impact must be communicated within 24 hours",
                "name=\"concludedAt\"", "value=\"2026-10-26T09:00:00\"", "Restored from backups", "name=\"endedAt\"",
                "action=\"/incidents/" + id + "/handling-concluded\"", "action=\"/incidents/" + id + "/impact-ended\"");
        List<String> ids = ID.matcher(page.getBody()).results().map(match -> match.group(1)).toList();
        assertThat(ids).contains("handling-concludedAt", "impact-ended-endedAt", "handling-requestToken",
                "impact-ended-note").doesNotHaveDuplicates();
    }

    @Test
    void anEndOfImpactBeforeAwarenessIsShownBesideItsFieldAndRecordsNothing() {
        String id = reportAwareAt("2026-10-24T20:00:00Z");

        var response = postForm("/incidents/" + id + "/impact-ended",
                form("endedAt", "2026-10-24T08:00", "note", "Too early"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("id=\"impact-ended-endedAt-error\"", "href=\"#impact-ended-endedAt\"",
                "Too early");
        assertThat(payloadsOf(id)).hasSize(1);
    }

    @Test
    void thePersonalDataFormRecordsWhenTheHospitalBecameAwareOfTheBreach() {
        String id = reportAwareAt("2026-10-24T20:00:00Z");

        var response = postForm("/incidents/" + id + "/personal-data",
                form("involved", "yes", "awareAt", "2026-10-26T14:45"));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FOUND);
        assertThat(payloadOf(id, "PersonalDataAssessed")).contains("2026-10-26T13:45:00Z");
        assertThat(get("/incidents/" + id + "/personal-data").getBody()).contains("value=\"2026-10-26T14:45:00\"");
    }

    private String report() {
        var response = http.postForEntity("/api/incidents", json("""
                {"summary": "PACS encrypted", "detectedAt": "DETECTED", "awareAt": "AWARE",
                 "category": "malicious-code/infected-system"}""", OFFICER), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("incidentId").asText();
    }

    private String reportAwareAt(String awareAt) {
        var response = http.postForEntity("/api/incidents", json("""
                {"summary": "PACS encrypted", "awareAt": "%s", "category": "malicious-code/infected-system"}"""
                .formatted(awareAt), OFFICER), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("incidentId").asText();
    }

    private ResponseEntity<JsonNode> put(String id, String path, String body, String token) {
        return http.exchange("/api/incidents/" + id + path, HttpMethod.PUT, json(body, token), JsonNode.class);
    }

    private static MultiValueMap<String, String> form(String... namesAndValues) {
        var form = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        form.add("timeZone", BRUSSELS.getId());
        form.add("requestToken", UUID.randomUUID().toString());
        return form;
    }

    private ResponseEntity<String> get(String path) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(OFFICER);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> postForm(String path, MultiValueMap<String, String> form) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(OFFICER);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private List<String> payloadsOf(String id) {
        return jdbc.sql("""
                select convert_from(payload, 'UTF8') from incident.domain_event_entry
                 where aggregate_identifier = :id order by sequence_number""").param("id", id)
                .query(String.class).list();
    }

    private String payloadOf(String id, String type) {
        return jdbc.sql("""
                select convert_from(payload, 'UTF8') from incident.domain_event_entry
                 where aggregate_identifier = :id and payload_type like :type""")
                .param("id", id).param("type", "%." + type).query(String.class).single();
    }
}
