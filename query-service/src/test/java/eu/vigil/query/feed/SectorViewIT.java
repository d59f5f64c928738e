package eu.vigil.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.query.IncidentStory;
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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLP 2.0 in the sector view (ADR 0020), as a matrix: hospital A shares at every label that leaves a hospital, each
 * with and without its opt-in; the officer of hospital B reads exactly CLEAR and the opted-in GREEN and AMBER, the
 * CERT reads every one, the DPO of B reads CLEAR in the CERT feed and has no sector view. The country filter is
 * bounded and each page names the countries in the reader's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectorViewIT {

    private static final String A = "h-esch", B = "h-braga";
    private static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    private static final String OFFICER_OF_B = TestTokens.bearer("u-braga", "SECURITY_OFFICER", B);
    private static final String DPO_OF_B = TestTokens.bearer("u-braga-dpo", "DPO", B);
    private static final List<Tlp> LABELS = List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT);

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private final Map<String, String> summaryById = new HashMap<>();

    @BeforeAll
    void hospitalASharesAtEveryLabelWithAndWithoutItsOptInAndBSharesOnce() {
        var events = new ArrayList<EventEnvelope<?>>();
        for (Tlp tlp : LABELS) {
            for (boolean sectorView : List.of(true, false)) {
                events.add(share(A, "LU", tlp, sectorView, false, summary(tlp, sectorView)));
            }
        }
        events.add(share(A, "LU", Tlp.GREEN, true, true, "pseudonymous opted in"));
        events.add(share(B, "PT", Tlp.AMBER, false, false, "B's own amber"));
        events.add(share(A, null, Tlp.CLEAR, false, false, "shared before the country was carried"));
        new IncidentTopic(bootstrapServers, topic).publishAll(events);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.shared_incident where incident_id::text in (:ids)")
                .param("ids", summaryById.keySet()).query(Integer.class).single() == summaryById.size());
    }

    @Test
    void givenEveryLabelWithAndWithoutOptInWhenTheOfficerOfAnotherHospitalReadsTheSectorViewThenExactlyClearAndOptedInGreenAndAmber() {
        assertThat(mine(feed("/api/sector/feed", OFFICER_OF_B))).containsExactlyInAnyOrder(
                summary(Tlp.CLEAR, true), summary(Tlp.CLEAR, false), summary(Tlp.GREEN, true),
                summary(Tlp.AMBER, true), "pseudonymous opted in", "B's own amber",
                "shared before the country was carried");
    }

    @Test
    void givenTheSameSharesWhenTheCertReadsItsFeedThenEveryLabelWhateverTheOptIn() {
        var expected = new ArrayList<>(summaryById.values());
        assertThat(mine(feed("/api/cert/feed", CERT))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void givenTheSameSharesWhenTheDpoOrTheOfficerOfAnotherHospitalReadsTheCertFeedThenClearAndTheirOwnOnly() {
        var clearAndOwn = List.of(summary(Tlp.CLEAR, true), summary(Tlp.CLEAR, false), "B's own amber",
                "shared before the country was carried");
        assertThat(mine(feed("/api/cert/feed", DPO_OF_B))).containsExactlyInAnyOrderElementsOf(clearAndOwn);
        assertThat(mine(feed("/api/cert/feed", OFFICER_OF_B))).containsExactlyInAnyOrderElementsOf(clearAndOwn);
        assertThat(get("/api/sector/feed", DPO_OF_B, JsonNode.class).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/sector/feed", CERT, JsonNode.class).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void givenAPseudonymousOptedInShareWhenReadInTheSectorViewThenItKeepsItsPseudonymAndTheOwnShareIsMarked() {
        var items = feed("/api/sector/feed", OFFICER_OF_B);

        var pseudonymous = item(items, "pseudonymous opted in");
        assertThat(pseudonymous.get("publisher").asText()).matches("P-[0-9A-F]{12}");
        assertThat(pseudonymous.toString()).doesNotContain(A);
        assertThat(item(items, "B's own amber").get("own").asBoolean()).isTrue();
        assertThat(item(items, summary(Tlp.GREEN, true)).get("own").asBoolean()).isFalse();
        assertThat(item(items, summary(Tlp.GREEN, true)).get("country").asText()).isEqualTo("LU");
        assertThat(item(items, "shared before the country was carried").get("country").isNull()).isTrue();
    }

    @Test
    void givenACountryFilterWhenTheCertReadsThenOnlyThatCountrysSharesAndABadCodeIsAProblemNamingIt() {
        assertThat(mine(feed("/api/cert/feed?country=PT", CERT))).containsExactly("B's own amber");
        assertThat(mine(feed("/api/sector/feed?country=PT", OFFICER_OF_B))).containsExactly("B's own amber");
        for (String bad : List.of("pt", "PRT", "P1", "%C3%9CX")) {
            var refused = get("/api/cert/feed?country=" + bad, CERT, JsonNode.class);
            assertThat(refused.getStatusCode().value()).as(bad).isEqualTo(400);
            assertThat(refused.getBody().findValuesAsText("pointer")).as(bad).containsExactly("country");
        }
        assertThat(get("/api/sector/feed?country=be", OFFICER_OF_B, JsonNode.class).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void givenACountryFilterWhenTheCertExportsTheFeedThenTheExportHoldsThatCountrysSharesOnly() {
        var csv = get("/api/cert/feed.csv?limit=200&country=PT", CERT, String.class);
        var misp = get("/api/cert/feed.misp.json?limit=200&country=LU", CERT, String.class);

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getBody()).contains("B's own amber").doesNotContain(summary(Tlp.CLEAR, true));
        assertThat(misp.getBody()).contains(summary(Tlp.AMBER_STRICT, false)).doesNotContain("B's own amber");
        assertThat(get("/api/cert/feed.csv?country=Portugal", CERT, String.class).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void givenTheSectorPageWhenTheOfficerReadsItInFrenchThenTheCountriesAreNamedAndNothingUnreadableShows() {
        var headers = headers(OFFICER_OF_B);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");
        var page = http.exchange("/sector", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains(summary(Tlp.AMBER, true), "Luxembourg", "Portugal", "Votre hôpital")
                .doesNotContain(summary(Tlp.AMBER, false), summary(Tlp.GREEN, false), summary(Tlp.AMBER_STRICT, true));
        var refused = http.exchange("/sector?country=lux", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(refused.getBody()).contains("sector-filter-errors").doesNotContain(summary(Tlp.CLEAR, true));
    }

    private EventEnvelope<?> share(String hospital, String country, Tlp tlp, boolean sectorView, boolean pseudonymised,
                                   String summary) {
        var story = new IncidentStory(hospital);
        summaryById.put(story.id().toString(), summary);
        return story.next(new IncidentShared(story.incident(), 1, tlp, pseudonymised,
                RsitCategory.FRAUD_PHISHING, Severity.MEDIUM, summary, Phase.CONTAINMENT, null, List.of(),
                List.of(new SharedIndicator(IndicatorType.DOMAIN, "login-" + Math.abs(summary.hashCode())
                        + ".example", Tlp.GREEN)), YesNoUnknown.NO, country, sectorView));
    }

    private static String summary(Tlp tlp, boolean sectorView) {
        return "A at " + tlp.label() + (sectorView ? ", opted in" : ", not opted in");
    }

    private JsonNode feed(String path, String bearer) {
        var answer = get(path + (path.contains("?") ? "&" : "?") + "limit=200", bearer, JsonNode.class);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
        return answer.getBody().get("items");
    }

    /** The summaries of this test's shares among a page's items. */
    private List<String> mine(JsonNode items) {
        var summaries = new ArrayList<String>();
        Set<String> ids = summaryById.keySet();
        items.forEach(item -> {
            if (ids.contains(item.get("incidentId").asText())) {
                summaries.add(summaryById.get(item.get("incidentId").asText()));
            }
        });
        return summaries;
    }

    private JsonNode item(JsonNode items, String summary) {
        for (JsonNode item : items) {
            if (summary.equals(summaryById.get(item.get("incidentId").asText()))) {
                return item;
            }
        }
        throw new AssertionError("No share '" + summary + "' in " + items);
    }

    private <T> ResponseEntity<T> get(String path, String bearer, Class<T> type) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(bearer)), type);
    }

    private static HttpHeaders headers(String bearer) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(bearer);
        return headers;
    }
}
