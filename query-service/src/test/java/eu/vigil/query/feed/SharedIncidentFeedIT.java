package eu.vigil.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CERT feed under TLP 2.0: what each reader may read of what hospitals shared, pseudonyms that hide the
 * hospital, the stricter label of an indicator and its share, revisions and withdrawals; nothing of the private
 * record ever reaches it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedIncidentFeedIT {

    private static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    private static final String OFFICER_OF_GENT = TestTokens.bearer("u-gent", "SECURITY_OFFICER", "h-gent");
    private static final String OFFICER_OF_LIEGE = TestTokens.bearer("u-liege", "SECURITY_OFFICER", "h-liege");
    private static final String ADMIN = TestTokens.bearer("u-admin", "ADMIN", null);
    private static final String PRIVATE = "Jan Peeters, jan.peeters@example.org, patient 4711-0815";

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private final Map<Tlp, IncidentStory> byLabel = new java.util.EnumMap<>(Tlp.class);
    private IncidentStory mixed;
    private IncidentStory revised;
    private IncidentStory withdrawn;

    @BeforeAll
    void gentSharesAtEveryLabelThatLeavesAHospital() {
        var events = new ArrayList<EventEnvelope<?>>();
        for (Tlp tlp : List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT)) {
            var story = reportedAtGent(events);
            events.add(story.next(share(story, 1, tlp, false, "Shared at " + tlp.label())));
            byLabel.put(tlp, story);
        }
        mixed = reportedAtGent(events);
        events.add(mixed.next(share(mixed, 1, Tlp.CLEAR, true, "Phishing wave",
                new SharedIndicator(IndicatorType.DOMAIN, "clear.example", Tlp.CLEAR),
                new SharedIndicator(IndicatorType.DOMAIN, "green.example", Tlp.GREEN),
                new SharedIndicator(IndicatorType.DOMAIN, "strict.example", Tlp.AMBER_STRICT))));
        revised = reportedAtGent(events);
        events.add(revised.next(share(revised, 1, Tlp.GREEN, true, "First words")));
        events.add(revised.next(share(revised, 2, Tlp.GREEN, true, "Better words")));
        withdrawn = reportedAtGent(events);
        events.add(withdrawn.next(share(withdrawn, 1, Tlp.AMBER, false, "Soon withdrawn",
                new SharedIndicator(IndicatorType.IPV4, "203.0.113.9", Tlp.AMBER))));
        events.add(withdrawn.next(new IncidentShareWithdrawn(withdrawn.incident(), "Shared by mistake")));
        new IncidentTopic(bootstrapServers, topic).publishAll(events);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.shared_incident where withdrawn_at is not null or revision = 2")
                .query(Integer.class).single() == 2);
    }

    @Test
    void theCertReadsEveryLabelThatLeavesAHospitalAndAnotherHospitalOnlyClear() {
        assertThat(summaries(feed(CERT, ""))).contains("Shared at TLP:CLEAR", "Shared at TLP:GREEN",
                "Shared at TLP:AMBER", "Shared at TLP:AMBER+STRICT", "Phishing wave", "Better words");
        assertThat(summaries(feed(OFFICER_OF_LIEGE, ""))).containsExactlyInAnyOrder("Shared at TLP:CLEAR",
                "Phishing wave");
        assertThat(summaries(feed(ADMIN, ""))).containsExactlyInAnyOrder("Shared at TLP:CLEAR", "Phishing wave");
        assertThat(summaries(feed(OFFICER_OF_GENT, ""))).contains("Shared at TLP:AMBER+STRICT", "Better words");
    }

    @Test
    void anIndicatorTravelsUnderTheStricterOfItsLabelAndItsShares() {
        assertThat(indicators(feed(CERT, "?publisher=" + pseudonymOf(mixed)), mixed))
                .containsExactly("clear.example", "green.example", "strict.example");
        assertThat(indicators(feed(OFFICER_OF_LIEGE, ""), mixed)).containsExactly("clear.example");
    }

    @Test
    void aPseudonymousHospitalAppearsUnderOneStablePseudonymAndNeverByItsId() {
        var items = feed(CERT, "");
        String pseudonym = pseudonymOf(mixed);

        assertThat(pseudonym).matches("P-[0-9A-F]{12}");
        assertThat(pseudonymOf(revised)).isEqualTo(pseudonym);
        for (JsonNode item : items) {
            if (item.get("pseudonymised").asBoolean()) {
                assertThat(item.toString()).doesNotContain("h-gent");
            }
        }
        assertThat(summaries(feed(CERT, "?publisher=" + pseudonym))).containsExactlyInAnyOrder("Phishing wave",
                "Better words");
    }

    @Test
    void aLaterRevisionReplacesTheShareAndAWithdrawnShareShowsOnlyThatItWasWithdrawn() {
        var cert = feed(CERT, "");

        var revisedItem = item(cert, revised);
        assertThat(revisedItem.get("revision").asInt()).isEqualTo(2);
        var withdrawnItem = item(cert, withdrawn);
        assertThat(withdrawnItem.get("withdrawnAt").isNull()).isFalse();
        assertThat(withdrawnItem.get("summary").isNull()).isTrue();
        assertThat(cert.toString()).doesNotContain("Soon withdrawn", "203.0.113.9", "First words");
    }

    @Test
    void nothingOfThePrivateRecordReachesTheFeed() {
        for (String reader : List.of(CERT, OFFICER_OF_LIEGE, ADMIN)) {
            assertThat(feed(reader, "").toString()).doesNotContainIgnoringCase("jan.peeters")
                    .doesNotContainIgnoringCase("4711-0815").doesNotContain("Jan Peeters");
        }
        var page = http.exchange("/cert/feed", HttpMethod.GET, new HttpEntity<>(headers(CERT)), String.class)
                .getBody();
        assertThat(page).contains("Phishing wave").doesNotContainIgnoringCase("jan.peeters");
    }

    @Test
    void aBadFilterIsAProblemNamingItAndALongFeedPagesByItsCursor() {
        var refused = http.exchange("/api/cert/feed?tlp=red&limit=0", HttpMethod.GET,
                new HttpEntity<>(headers(CERT)), JsonNode.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().findValuesAsText("pointer")).contains("tlp", "limit");

        var first = http.exchange("/api/cert/feed?limit=2", HttpMethod.GET, new HttpEntity<>(headers(CERT)),
                JsonNode.class).getBody();
        var second = http.exchange("/api/cert/feed?limit=2&cursor=" + first.get("next").asText(), HttpMethod.GET,
                new HttpEntity<>(headers(CERT)), JsonNode.class).getBody();
        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items").get(0).get("changedAt").asText())
                .isLessThanOrEqualTo(first.get("items").get(1).get("changedAt").asText());
        assertThat(second.get("items").get(0).get("incidentId"))
                .isNotIn(first.get("items").get(0).get("incidentId"), first.get("items").get(1).get("incidentId"));
    }

    private IncidentStory reportedAtGent(List<EventEnvelope<?>> events) {
        var story = new IncidentStory("h-gent");
        events.add(story.next(new IncidentReported(story.incident(), HospitalId.of("h-gent"), PRIVATE,
                IncidentStory.DETECTED, IncidentStory.AWARE, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                YesNoUnknown.YES, PRIVATE)));
        return story;
    }

    private static IncidentEvent share(IncidentStory story, int revision, Tlp tlp, boolean pseudonymised,
                                       String summary, SharedIndicator... indicators) {
        return new IncidentShared(story.incident(), revision, tlp, pseudonymised,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH, summary, Phase.CONTAINMENT,
                PatientCareImpact.DIVERTED_PATIENTS, List.of("CT scanner"), List.of(indicators), YesNoUnknown.NO);
    }

    private JsonNode feed(String bearer, String query) {
        return http.exchange("/api/cert/feed" + query, HttpMethod.GET, new HttpEntity<>(headers(bearer)),
                JsonNode.class).getBody().get("items");
    }

    private String pseudonymOf(IncidentStory story) {
        return item(feed(CERT, ""), story).get("publisher").asText();
    }

    private static JsonNode item(JsonNode items, IncidentStory story) {
        for (JsonNode item : items) {
            if (item.get("incidentId").asText().equals(story.id().toString())) {
                return item;
            }
        }
        throw new AssertionError("No share of incident " + story.id() + " in " + items);
    }

    private static List<String> summaries(JsonNode items) {
        var summaries = new ArrayList<String>();
        items.forEach(item -> {
            if (!item.get("summary").isNull()) {
                summaries.add(item.get("summary").asText());
            }
        });
        return summaries;
    }

    private static List<String> indicators(JsonNode items, IncidentStory story) {
        var values = new ArrayList<String>();
        item(items, story).get("indicators").forEach(indicator -> values.add(indicator.get("value").asText()));
        return values;
    }

    private static HttpHeaders headers(String bearer) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(bearer);
        return headers;
    }
}
