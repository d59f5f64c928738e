package eu.vigil.command.incident.web;

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

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer's forms: what they record, what they refuse beside the field, and a double submit recorded once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentFormsIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Pattern INCIDENT_PAGE = Pattern.compile("/incidents/([0-9a-f-]{36})\\?seen=(\\d+)$");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern DESCRIBED_BY = Pattern.compile("aria-describedby=\"([^\"]*)\"");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void bruggeIsServed() {
        ApiRequests.registerHospital(http, "h-brugge", "BE", "Europe/Brussels");
    }

    @Test
    void theReportFormOffersTheCategoriesAndStartsAwareNowInTheHospitalsZone() {
        var page = get("/incidents/new");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("name=\"summary\"", "value=\"fraud/phishing\"", "Europe/Brussels",
                "name=\"requestToken\"");
    }

    @Test
    void aReportWithThreeFieldsLandsOnTheIncidentPageWaitingForItsLastEvent() {
        var response = post("/incidents/new", report("Phishing wave", localNow().minusMinutes(30)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        var location = INCIDENT_PAGE.matcher(response.getHeaders().getLocation().toString());
        assertThat(location.find()).isTrue();
        assertThat(location.group(2)).isEqualTo("0");
        assertThat(ApiRequests.storedEventsOf(jdbc, location.group(1))).isEqualTo(1);
        var awareAt = jdbc.sql("""
                select convert_from(payload, 'UTF8') from incident.domain_event_entry
                 where aggregate_identifier = :id""").param("id", location.group(1)).query(String.class).single();
        assertThat(awareAt).contains(localNow().minusMinutes(30).atZone(BRUSSELS).toInstant().toString());
    }

    @Test
    void aTimeMeansTheZoneTheFormWasShownInEvenWhenTheBrowsersZoneBecameKnownSince() {
        var form = report("Shown in Brussels", LocalDateTime.parse("2026-10-25T02:30"));
        form.add("timeZone", "Europe/Brussels");
        var headers = new HttpHeaders();
        headers.setBearerAuth(OFFICER);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, "vigil_tz=America/New_York");

        var response = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange("/incidents/new", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

        // 02:30 happens twice in Brussels that night: the first, still in summer time (UTC+2), is meant
        String id = incidentOf(response);
        assertThat(jdbc.sql("""
                select convert_from(payload, 'UTF8') from incident.domain_event_entry
                 where aggregate_identifier = :id""").param("id", id).query(String.class).single())
                .contains("2026-10-25T00:30:00Z");
    }

    @Test
    void aSubmittedTwiceReportIsRecordedOnce() {
        var form = report("Double click", localNow().minusMinutes(5));

        var first = post("/incidents/new", form);
        var second = post("/incidents/new", form);

        String id = incidentOf(first);
        assertThat(incidentOf(second)).isEqualTo(id);
        assertThat(ApiRequests.storedEventsOf(jdbc, id)).isEqualTo(1);
    }

    @Test
    void aReportWithoutSummaryShowsTheMessageBesideTheFieldAndRecordsNothing() {
        long before = allStoredEvents();

        var response = post("/incidents/new", report("", localNow()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("id=\"summary-error\"", "Fill this in.", "There is a problem");
        assertThat(allStoredEvents()).isEqualTo(before);
    }

    @Test
    void anAwarenessInTheHourTheClocksSkipIsRefusedBesideTheField() {
        // 2026-03-29 02:30 does not exist in Brussels: clocks jump from 02:00 to 03:00.
        var response = post("/incidents/new", report("Night shift", LocalDateTime.parse("2026-03-29T02:30")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("id=\"awareAt-error\"", "the clocks skipped that hour");
    }

    @Test
    void anAwarenessBeforeTheYear2000IsRefusedBesideTheFieldAndRecordsNothing() {
        long before = allStoredEvents();

        var response = post("/incidents/new", report("Typo in the year", LocalDateTime.parse("0026-11-23T08:00")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("id=\"awareAt-error\"", "Enter a date from 2000 to 2099.");
        assertThat(allStoredEvents()).isEqualTo(before);
    }

    @Test
    void anIndicatorThatDoesNotParseIsRefusedBesideTheValueAndAValidOneIsNormalised() {
        String id = incidentOf(post("/incidents/new", report("C2 beacon", localNow().minusHours(1))));

        var refused = post("/incidents/" + id + "/indicators/new", indicator("ipv4", "203.0.113.300", "amber"));
        var added = post("/incidents/" + id + "/indicators/new", indicator("domain", "Update-Check.EXAMPLE", "red"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("id=\"value-error\"", "203.0.113.300 is not an IPv4 address");
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(ApiRequests.storedEventsOf(jdbc, id)).isEqualTo(2);
        var share = get("/incidents/" + id + "/share");
        assertThat(share.getBody()).contains("<bdi>update-check.example</bdi> (TLP:RED)", "disabled=\"disabled\"",
                "never leaves the hospital", "What the CERT will see");
    }

    @Test
    void aShareSubmittedFromItsFormIsRecordedAndAPreviewRecordsNothing() {
        String id = incidentOf(post("/incidents/new", report("C2 beacon", localNow().minusHours(1))));
        var form = new LinkedMultiValueMap<String, String>();
        form.add("tlp", "green");
        form.add("sectorView", "true");
        form.add("summary", "Beaconing to a C2 server");
        form.add("requestToken", UUID.randomUUID().toString());
        var preview = new LinkedMultiValueMap<>(form);
        preview.add("preview", "true");

        var previewed = post("/incidents/" + id + "/share", preview);
        assertThat(previewed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(previewed.getBody()).contains("Beaconing to a C2 server", "TLP:GREEN",
                "Security officers of other hospitals read it too", "Belgium");
        assertThat(ApiRequests.storedEventsOf(jdbc, id)).isEqualTo(1);

        var shared = post("/incidents/" + id + "/share", form);
        assertThat(shared.getStatusCode()).as(shared.getBody()).isEqualTo(HttpStatus.FOUND);
        assertThat(ApiRequests.storedEventsOf(jdbc, id)).isEqualTo(2);
        var payload = jdbc.sql("""
                select convert_from(payload, 'UTF8') from incident.domain_event_entry
                 where aggregate_identifier = :id and payload_type like '%IncidentShared'""")
                .param("id", id).query(String.class).single();
        assertThat(payload).contains("\"sectorView\":true", "\"country\":\"BE\"");
    }

    @Test
    void eachAssessmentFormStartsFromTheIncidentsCurrentValues() {
        var aware = localNow().minusHours(1);
        String id = incidentOf(post("/incidents/new", report("Phishing wave", aware)));

        assertThat(get("/incidents/" + id + "/classification").getBody())
                .contains("Classification", "<option value=\"fraud/phishing\" selected=\"selected\">");
        assertThat(get("/incidents/" + id + "/personal-data").getBody())
                .contains("GDPR Art. 33").containsPattern("value=\"unknown\"[^>]*checked=\"checked\"");
        assertThat(get("/incidents/" + id + "/awareness").getBody())
                .contains("name=\"awareAt\"", "value=\"" + aware + ":00\"");
        assertThat(get("/incidents/" + id + "/impact").getBody()).contains("name=\"devices[0].type\"");
        assertThat(get("/incidents/" + id + "/significance").getBody()).contains("NIS2 Art. 23");
    }

    @Test
    void anotherHospitalsIncidentFormIsNotFound() {
        String id = incidentOf(post("/incidents/new", report("Not yours", localNow().minusHours(1))));
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-lyon"));
        headers.setAccept(List.of(MediaType.TEXT_HTML));

        var response = http.exchange("/incidents/" + id + "/timeline/new", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void givenEveryFormPageThenEachFieldIsDescribedOnlyByTextsOnThePageAndNoIdIsUsedTwice() {
        String id = incidentOf(post("/incidents/new", report("Phishing wave", localNow().minusHours(1))));
        var pages = List.of("/incidents/new", "/incidents/" + id + "/classification",
                "/incidents/" + id + "/impact", "/incidents/" + id + "/personal-data",
                "/incidents/" + id + "/significance", "/incidents/" + id + "/awareness", "/incidents/" + id + "/phase",
                "/incidents/" + id + "/timeline/new", "/incidents/" + id + "/indicators/new",
                "/incidents/" + id + "/share");

        for (String path : pages) {
            assertDescribedOnlyByWhatIsThere(path, get(path).getBody());
        }
        // and with an error shown beside a field
        assertDescribedOnlyByWhatIsThere("/incidents/new (refused)", post("/incidents/new", report("", localNow()))
                .getBody());
    }

    private static void assertDescribedOnlyByWhatIsThere(String path, String page) {
        List<String> ids = ID.matcher(page).results().map(match -> match.group(1)).toList();
        assertThat(ids).as("ids on %s", path).doesNotHaveDuplicates();
        List<String> described = DESCRIBED_BY.matcher(page).results()
                .flatMap(match -> Arrays.stream(match.group(1).trim().split("\\s+"))).toList();
        assertThat(ids).as("aria-describedby targets on %s", path).containsAll(described);
    }

    private static MultiValueMap<String, String> report(String summary, LocalDateTime awareAt) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("summary", summary);
        form.add("awareAt", awareAt.toString());
        form.add("category", "fraud/phishing");
        form.add("personalDataInvolved", "unknown");
        form.add("requestToken", UUID.randomUUID().toString());
        return form;
    }

    private static MultiValueMap<String, String> indicator(String type, String value, String tlp) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("type", type);
        form.add("value", value);
        form.add("tlp", tlp);
        form.add("requestToken", UUID.randomUUID().toString());
        return form;
    }

    private static LocalDateTime localNow() {
        return LocalDateTime.now(BRUSSELS).truncatedTo(ChronoUnit.MINUTES);
    }

    private ResponseEntity<String> get(String path) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(OFFICER);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> post(String path, MultiValueMap<String, String> form) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(OFFICER);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        // the redirect to the incident page is the answer: that page is query-service's
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private static String incidentOf(ResponseEntity<String> redirect) {
        var location = INCIDENT_PAGE.matcher(String.valueOf(redirect.getHeaders().getLocation()));
        assertThat(location.find()).as("redirect to the incident page: %s", redirect).isTrue();
        return location.group(1);
    }

    private long allStoredEvents() {
        return jdbc.sql("select count(*) from incident.domain_event_entry").query(Long.class).single();
    }
}
