package eu.vigil.query.feed.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.query.IncidentStory;
import eu.vigil.query.feed.Pseudonyms;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's exports on the real projection: each reader finds in the STIX bundle, the MISP events and the CSV
 * exactly the shares and indicators the JSON feed shows them, the schemas accept every document, a pseudonymous
 * hospital's id is in none, and a share the reader may not read is not found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedExportIT {

    private static final String OPEN = "h-export-open";
    private static final String HIDDEN = "h-export-hidden"; // shares under its pseudonym only
    private static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    private static final String OFFICER_OF_HIDDEN = TestTokens.bearer("u-hidden", "SECURITY_OFFICER", HIDDEN);
    private static final String OFFICER_ELSEWHERE = TestTokens.bearer("u-else", "SECURITY_OFFICER", "h-export-else");
    private static final String RED_VALUE = "red-only.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired Pseudonyms pseudonyms;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private IncidentStory strict;
    private IncidentStory withdrawn;
    private IncidentStory formula;

    @BeforeAll
    void bothHospitalsShare() {
        var events = new ArrayList<EventEnvelope<?>>();
        var mixed = story(HIDDEN, events);
        events.add(mixed.next(share(mixed, Tlp.CLEAR, true, "Phishing wave",
                new SharedIndicator(IndicatorType.DOMAIN, "clear.export.example", Tlp.CLEAR),
                new SharedIndicator(IndicatorType.IPV4, "198.51.100.77", Tlp.GREEN),
                new SharedIndicator(IndicatorType.SHA256,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Tlp.AMBER_STRICT),
                new SharedIndicator(IndicatorType.DOMAIN, RED_VALUE, Tlp.RED))));
        strict = story(HIDDEN, events);
        events.add(strict.next(share(strict, Tlp.AMBER_STRICT, true, "Strictly for the CERT",
                new SharedIndicator(IndicatorType.URL, "https://strict.export.example/x?a='b'", Tlp.AMBER_STRICT))));
        var green = story(OPEN, events);
        events.add(green.next(share(green, Tlp.GREEN, false, "Green at the open hospital",
                new SharedIndicator(IndicatorType.EMAIL, "billing@green.export.example", Tlp.GREEN))));
        formula = story(OPEN, events);
        events.add(formula.next(share(formula, Tlp.CLEAR, false, "=HYPERLINK(\"http://evil\"), said the mail",
                new SharedIndicator(IndicatorType.FILE_NAME, "-invoice.pdf.exe", Tlp.CLEAR))));
        withdrawn = story(OPEN, events);
        events.add(withdrawn.next(share(withdrawn, Tlp.CLEAR, false, "Soon withdrawn",
                new SharedIndicator(IndicatorType.IPV4, "203.0.113.77", Tlp.CLEAR))));
        events.add(withdrawn.next(new IncidentShareWithdrawn(withdrawn.incident(), "Shared by mistake")));
        new IncidentTopic(bootstrapServers, topic).publishAll(events);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) filter (where hospital_id in (:open, :hidden)) = 5
                   and count(*) filter (where incident_id = :withdrawn and withdrawn_at is not null) = 1
                  from query.shared_incident""").param("open", OPEN).param("hidden", HIDDEN)
                .param("withdrawn", withdrawn.id()).query(Boolean.class).single());
    }

    @Test
    void givenEachReaderWhenTheyExportTheFeedThenEachFormatHoldsExactlyWhatTheJsonFeedShowsThem() throws IOException {
        for (String reader : List.of(CERT, OFFICER_OF_HIDDEN, OFFICER_ELSEWHERE)) {
            for (String publisher : List.of(OPEN, pseudonyms.of(HIDDEN))) {
                String query = "?limit=200&publisher=" + publisher;
                var feed = json(get("/api/cert/feed" + query, reader, "application/json")).get("items");
                var stix = json(get("/api/cert/feed.stix" + query, reader, "application/stix+json"));
                var misp = json(get("/api/cert/feed.misp.json" + query, reader, "application/json"));
                var csv = get("/api/cert/feed.csv" + query, reader, "text/csv").getBody();

                var shares = new TreeSet<String>();
                var values = new TreeSet<String>();
                feed.forEach(item -> {
                    shares.add(item.get("incidentId").asText());
                    item.get("indicators").forEach(indicator -> values.add(indicator.get("value").asText()));
                });
                ExportSchemas.assertValidStix(stix);
                misp.get("response").forEach(ExportSchemas::assertValidMisp);
                assertThat(stixReports(stix)).as("reports").isEqualTo(expectedIds(shares, "report--"));
                assertThat(stixIndicatorValues(stix)).as("indicators").isEqualTo(values);
                var events = new TreeSet<String>();
                var attributes = new TreeSet<String>();
                misp.get("response").forEach(event -> {
                    events.add(event.get("Event").get("uuid").asText());
                    event.get("Event").get("Attribute").forEach(attribute -> attributes.add(
                            attribute.get("value").asText()));
                });
                assertThat(events).as("events").isEqualTo(expectedIds(shares, ""));
                assertThat(attributes).as("attributes").isEqualTo(values);
                assertThat(csvColumn(csv, 0)).as("csv shares").isEqualTo(shares);
                assertThat(csvColumn(csv, 15)).as("csv indicators").isEqualTo(values);
            }
        }
    }

    @Test
    void givenTheReadersWhenTheyExportThenAmberStrictReachesOnlyTheCertAndTheOwnHospitalAndRedNoOne() {
        String query = "?limit=200&publisher=" + pseudonyms.of(HIDDEN);
        for (String format : List.of("/api/cert/feed.stix", "/api/cert/feed.misp.json", "/api/cert/feed.csv")) {
            assertThat(get(format + query, CERT, "*/*").getBody()).contains("Strictly for the CERT")
                    .contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                    .doesNotContain(RED_VALUE);
            assertThat(get(format + query, OFFICER_OF_HIDDEN, "*/*").getBody()).contains("Strictly for the CERT")
                    .doesNotContain(RED_VALUE);
            assertThat(get(format + query, OFFICER_ELSEWHERE, "*/*").getBody()).contains("Phishing wave")
                    .doesNotContain("Strictly for the CERT", "198.51.100.77", RED_VALUE);
        }
    }

    @Test
    void givenAPseudonymousHospitalWhenAnyoneExportsItsSharesThenItsIdIsNowhereInTheBody() {
        for (String reader : List.of(CERT, OFFICER_OF_HIDDEN, OFFICER_ELSEWHERE)) {
            for (String path : List.of("/api/cert/feed.stix?limit=200", "/api/cert/feed.misp.json?limit=200",
                    "/api/cert/feed.csv?limit=200", "/api/cert/shares/" + strict.id() + ".stix",
                    "/api/cert/shares/" + strict.id() + ".misp.json")) {
                var body = get(path, reader, "*/*").getBody();
                assertThat(body).as(path).doesNotContain(HIDDEN);
            }
        }
        assertThat(get("/api/cert/shares/" + strict.id() + ".stix", CERT, "*/*").getBody())
                .contains(pseudonyms.of(HIDDEN));
    }

    @Test
    void givenAShareTheReaderMayNotReadWhenExportedAloneThenItIsNotFoundAsAnUnknownOneIs() {
        for (String suffix : List.of(".stix", ".misp.json")) {
            var hidden = get("/api/cert/shares/" + strict.id() + suffix, OFFICER_ELSEWHERE, "application/json");
            var unknown = get("/api/cert/shares/" + java.util.UUID.randomUUID() + suffix, OFFICER_ELSEWHERE,
                    "application/json");
            assertThat(hidden.getStatusCode().value()).isEqualTo(404);
            assertThat(json(hidden).get("type")).isEqualTo(json(unknown).get("type"));
            assertThat(get("/api/cert/shares/" + strict.id() + suffix, CERT, "*/*").getStatusCode().value())
                    .isEqualTo(200);
        }
    }

    @Test
    void givenAWithdrawnShareWhenExportedThenItsReportIsRevokedAndNoFormatCarriesItsIndicators() {
        var bundle = json(get("/api/cert/shares/" + withdrawn.id() + ".stix", OFFICER_ELSEWHERE,
                "application/stix+json"));
        var event = json(get("/api/cert/shares/" + withdrawn.id() + ".misp.json", OFFICER_ELSEWHERE, "*/*"));

        ExportSchemas.assertValidStix(bundle);
        ExportSchemas.assertValidMisp(event);
        assertThat(StixBundlesTest.ofType(bundle, "report").get(0).get("revoked").asBoolean()).isTrue();
        assertThat(StixBundlesTest.ofType(bundle, "indicator")).isEmpty();
        assertThat(event.get("Event").get("Attribute")).isEmpty();
        assertThat(bundle.toString() + event).doesNotContain("203.0.113.77", "Soon withdrawn");
    }

    @Test
    void givenTheMediaTypesWhenAShareIsExportedThenStixIsItsOwnTypeUnlessJsonIsAskedAndCsvNeutralisesFormulas() {
        String path = "/api/cert/shares/" + formula.id() + ".stix";
        assertThat(get(path, CERT, "application/stix+json;version=2.1").getHeaders().getContentType())
                .hasToString("application/stix+json;version=2.1");
        assertThat(get(path, CERT, "application/json").getHeaders().getContentType())
                .hasToString("application/json");
        var csv = get("/api/cert/feed.csv?limit=200&publisher=" + OPEN, CERT, "text/csv");
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(csv.getBody()).contains(",\"'=HYPERLINK(\"\"http://evil\"\"), said the mail\",")
                .contains(",file-name,'-invoice.pdf.exe,clear\r\n");
    }

    private static IncidentStory story(String hospital, List<EventEnvelope<?>> events) {
        var story = new IncidentStory(hospital);
        events.add(story.next(new IncidentReported(story.incident(), HospitalId.of(hospital), "Private summary",
                IncidentStory.DETECTED, IncidentStory.AWARE, RsitCategory.FRAUD_PHISHING, YesNoUnknown.NO,
                "Private description")));
        return story;
    }

    private static IncidentShared share(IncidentStory story, Tlp tlp, boolean pseudonymised, String summary,
                                        SharedIndicator... indicators) {
        return new IncidentShared(story.incident(), 1, tlp, pseudonymised, RsitCategory.FRAUD_PHISHING,
                Severity.MEDIUM, summary, Phase.ANALYSIS, PatientCareImpact.DEGRADED, List.of(),
                List.of(indicators), YesNoUnknown.NO);
    }

    private ResponseEntity<String> get(String path, String bearer, String accept) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(bearer);
        headers.set(HttpHeaders.ACCEPT, accept);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static JsonNode json(ResponseEntity<String> answer) {
        try {
            return JSON.readTree(answer.getBody());
        } catch (IOException e) {
            throw new AssertionError(answer.toString(), e);
        }
    }

    private static Set<String> expectedIds(Set<String> incidentIds, String prefix) {
        var ids = new TreeSet<String>();
        incidentIds.forEach(id -> ids.add(prefix + NameBasedIds.of("share:" + id)));
        return ids;
    }

    private static Set<String> stixReports(JsonNode bundle) {
        var ids = new TreeSet<String>();
        StixBundlesTest.ofType(bundle, "report").forEach(report -> ids.add(report.get("id").asText()));
        return ids;
    }

    // the indicator's name is its type and value
    private static Set<String> stixIndicatorValues(JsonNode bundle) {
        var values = new TreeSet<String>();
        StixBundlesTest.ofType(bundle, "indicator").forEach(indicator -> values.add(
                indicator.get("name").asText().substring(indicator.get("name").asText().indexOf(' ') + 1)));
        return values;
    }

    // a column of the CSV's rows, the header left out; no cell of these rows holds a line break
    private static Set<String> csvColumn(String csv, int column) {
        var cells = new TreeSet<String>();
        var lines = csv.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            var row = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            String cell = row[column].replaceFirst("^'", "");
            if (!cell.isEmpty()) {
                cells.add(cell);
            }
        }
        return cells;
    }
}
