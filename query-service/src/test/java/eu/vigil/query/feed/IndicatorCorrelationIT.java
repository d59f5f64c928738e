package eu.vigil.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correlation without disclosure with three hospitals: the CERT learns at how many hospitals a value was shared and by
 * which incidents; an officer learns only "also seen at N other hospitals" on its own values, and only from k = 2;
 * warning-listed values and values shared more often than the cap are shown but never correlated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vigil.cert.correlation.cap=3")
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorCorrelationIT {

    private static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    private static final String OFFICER_OF_GENT = TestTokens.bearer("u-gent", "SECURITY_OFFICER", "h-gent");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private final List<IncidentStory> campaign = new ArrayList<>();
    private IncidentStory gent;
    private IncidentStory withdrawnAtNamur;

    @BeforeAll
    void threeHospitalsShareOneCampaignsIndicators() {
        var events = new ArrayList<EventEnvelope<?>>();
        gent = share(events, "h-gent", domain("pacs-update.test"), domain("pair.test"), domain("lonely.test"),
                new SharedIndicator(IndicatorType.IPV4, "8.8.8.8", Tlp.GREEN), domain("beacon.test"));
        campaign.add(gent);
        campaign.add(share(events, "h-liege", domain("pacs-update.test"), domain("pair.test"),
                new SharedIndicator(IndicatorType.IPV4, "8.8.8.8", Tlp.GREEN), domain("beacon.test")));
        campaign.add(share(events, "h-namur", domain("pacs-update.test"),
                new SharedIndicator(IndicatorType.IPV4, "8.8.8.8", Tlp.GREEN), domain("beacon.test")));
        share(events, "h-namur", domain("beacon.test"));
        withdrawnAtNamur = share(events, "h-namur", domain("pacs-update.test"), domain("pair.test"));
        events.add(withdrawnAtNamur.next(new IncidentShareWithdrawn(withdrawnAtNamur.incident(), "Not ours")));
        new IncidentTopic(bootstrapServers, topic).publishAll(events);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.shared_incident where withdrawn_at is not null").query(Integer.class)
                .single() == 1);
    }

    @Test
    void theCertSeesAtHowManyHospitalsAValueWasSharedAndByWhichIncidents() {
        var correlations = get("/api/cert/correlations", CERT);

        var campaignValue = correlation(correlations, "pacs-update.test");
        assertThat(campaignValue.get("hospitals").asInt()).isEqualTo(3);
        var incidents = new ArrayList<String>();
        campaignValue.get("incidents").forEach(id -> incidents.add(id.asText()));
        assertThat(incidents).containsExactlyInAnyOrderElementsOf(campaign.stream().map(s -> s.id().toString())
                .toList());
        // Namur withdrew its share of pair.test: neither that incident nor Namur counts any more
        assertThat(correlation(correlations, "pair.test").get("hospitals").asInt()).isEqualTo(2);
        assertThat(correlations.toString()).doesNotContain("8.8.8.8", "lonely.test", "beacon.test");
    }

    @Test
    void aWarningListedValueAndOneSharedMoreOftenThanTheCapAreShownButNotCorrelated() {
        var item = item(get("/api/cert/feed", CERT).get("items"), gent);

        assertThat(indicator(item, "8.8.8.8").get("warningList").asText()).isEqualTo("public-dns-resolvers");
        assertThat(indicator(item, "8.8.8.8").get("seenAtHospitals").isNull()).isTrue();
        assertThat(indicator(item, "beacon.test").get("tooCommon").asBoolean()).isTrue();
        assertThat(indicator(item, "beacon.test").get("seenAtHospitals").isNull()).isTrue();
        assertThat(indicator(item, "pacs-update.test").get("seenAtHospitals").asInt()).isEqualTo(3);
    }

    @Test
    void anOfficerLearnsOnlyThatItsOwnValueWasAlsoSeenAtKOrMoreOtherHospitalsNeverWhich() {
        var body = get("/api/cert/feed", OFFICER_OF_GENT);
        var item = item(body.get("items"), gent);

        assertThat(indicator(item, "pacs-update.test").get("alsoSeenElsewhere").asInt()).isEqualTo(2);
        assertThat(indicator(item, "pacs-update.test").get("seenAtHospitals").isNull()).isTrue();
        // one other hospital is below k = 2: a count of one would single it out
        assertThat(indicator(item, "pair.test").get("alsoSeenElsewhere").isNull()).isTrue();
        assertThat(indicator(item, "lonely.test").get("alsoSeenElsewhere").isNull()).isTrue();
        assertThat(body.toString()).doesNotContain("h-liege", "h-namur");
        assertThat(http.exchange("/api/cert/correlations", HttpMethod.GET, new HttpEntity<>(headers(OFFICER_OF_GENT)),
                String.class).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theOfficersIncidentPageSaysWhichOfItsSharedValuesWereAlsoSeenElsewhere() {
        var headers = headers(OFFICER_OF_GENT);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.exchange("/incidents/" + gent.id(),
                HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value() == 200);

        String page = http.exchange("/incidents/" + gent.id(), HttpMethod.GET, new HttpEntity<>(headers),
                String.class).getBody();

        assertThat(page).containsSubsequence("pacs-update.test", "also seen at 2 other hospitals", "pair.test");
        assertThat(page).containsOnlyOnce("also seen at").doesNotContain("h-liege", "h-namur");
    }

    @Test
    void thePrintViewOfAnIncidentWithIndicatorsSaysTheSameOnPaper() {
        var headers = headers(OFFICER_OF_GENT);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.exchange("/incidents/" + gent.id(),
                HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value() == 200);

        var print = http.exchange("/incidents/" + gent.id() + "?print=true", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(print.getStatusCode().value()).isEqualTo(200);
        assertThat(print.getBody()).containsSubsequence("pacs-update.test", "also seen at 2 other hospitals",
                "pair.test").doesNotContain("h-liege", "h-namur", "<form");
    }

    private IncidentStory share(List<EventEnvelope<?>> events, String hospital, SharedIndicator... indicators) {
        var story = new IncidentStory(hospital);
        events.add(story.next(story.reported()));
        for (var indicator : indicators) {
            events.add(story.next(story.indicator(UUID.randomUUID(), indicator.value(), Tlp.GREEN)));
        }
        events.add(story.next(new IncidentShared(story.incident(), 1, Tlp.GREEN, false,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH, "Fake PACS update", Phase.CONTAINMENT,
                PatientCareImpact.DIVERTED_PATIENTS, List.of(), List.of(indicators), YesNoUnknown.NO)));
        return story;
    }

    private static SharedIndicator domain(String value) {
        return new SharedIndicator(IndicatorType.DOMAIN, value, Tlp.GREEN);
    }

    private JsonNode get(String path, String bearer) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(bearer)), JsonNode.class).getBody();
    }

    private static JsonNode correlation(JsonNode correlations, String value) {
        for (JsonNode correlation : correlations) {
            if (correlation.get("value").asText().equals(value)) {
                return correlation;
            }
        }
        throw new AssertionError("No correlation of " + value + " in " + correlations);
    }

    private static JsonNode item(JsonNode items, IncidentStory story) {
        for (JsonNode item : items) {
            if (item.get("incidentId").asText().equals(story.id().toString())) {
                return item;
            }
        }
        throw new AssertionError("No share of incident " + story.id());
    }

    private static JsonNode indicator(JsonNode item, String value) {
        for (JsonNode indicator : item.get("indicators")) {
            if (indicator.get("value").asText().equals(value)) {
                return indicator;
            }
        }
        throw new AssertionError("No indicator " + value + " in " + item);
    }

    private static HttpHeaders headers(String bearer) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(bearer);
        return headers;
    }
}
