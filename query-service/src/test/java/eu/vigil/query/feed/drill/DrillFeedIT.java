package eu.vigil.query.feed.drill;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.query.IncidentStory;
import eu.vigil.query.feed.taxii.TaxiiCollection;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CERT's drill feed (ADR 0022): three hospitals' drill shares, published on the drill share topic as
 * command-service publishes them, with one value all three share under TLP:CLEAR (a campaign, were it real), are on
 * the drill feed marked EXERCISE with their drill, and on no surface of the real feed, nor is a drill's share sent to
 * the real share topic by mistake; a real share is on the real feed only; a withdrawal takes a share off; TLP:RED
 * never shows; a redelivery or a rebuild changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillFeedIT {

    private static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    private static final String OFFICER = TestTokens.bearer("u-officer", "SECURITY_OFFICER", "h-drill-dinant");
    private static final String ADMIN = TestTokens.bearer("u-admin", "ADMIN", null);
    private static final String VALUE = "drill-feed.campaign.test";
    private static final String DRILL_SUMMARY = "Drill: ransomware on the imaging viewers";
    private static final String REAL_SUMMARY = "Real share beside the drill";
    private static final String TRENDS = "/api/cert/trends?weeks=2&months=1&to=2026-04-05";
    private static final Exercise DRILL = new Exercise(UUID.fromString("5d0c0de0-0000-4000-8000-00000000d71f"), 60);

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String incidentTopic;
    @Value("${vigil.topics.drill-shares}") String drillShareTopic;
    @Value("${vigil.drill-feed.consumer-group}") String drillFeedGroup;
    @Value("${vigil.cert.consumer-group}") String certFeedGroup;

    private final List<DrillShareEvents> drills = new ArrayList<>();
    private final List<EventEnvelope<IncidentEvent>> published = new ArrayList<>();
    private DrillShareEvents strict;
    private DrillShareEvents red;
    private DrillShareEvents withdrawn;
    private DrillShareEvents misrouted;
    private IncidentStory real;

    @BeforeAll
    void threeHospitalsShareTheirDrillAndOneARealIncident() {
        for (String hospital : List.of("h-drill-aalst", "h-drill-boom", "h-drill-celles")) {
            var drill = DrillShareEvents.of(hospital, DRILL);
            drills.add(drill);
            published.add(drill.shared(1, Tlp.CLEAR, hospital.endsWith("boom"), "First words", VALUE));
            published.add(drill.shared(2, Tlp.CLEAR, hospital.endsWith("boom"), DRILL_SUMMARY, VALUE));
        }
        strict = DrillShareEvents.of("h-drill-aalst", DRILL);
        published.add(strict.shared(1, Tlp.AMBER_STRICT, false, "Drill share under AMBER+STRICT"));
        red = DrillShareEvents.of("h-drill-boom", DRILL);
        published.add(red.shared(1, Tlp.RED, false, "Drill share under RED"));
        withdrawn = DrillShareEvents.of("h-drill-celles", DRILL);
        published.add(withdrawn.shared(1, Tlp.GREEN, false, "Drill share soon withdrawn"));
        published.add(withdrawn.withdrawn(2));
        published.forEach(this::sendToTheDrillTopic);

        real = new IncidentStory("h-drill-dinant");
        new IncidentTopic(bootstrapServers, incidentTopic).publishAll(List.of(real.next(real.reported()),
                real.next(new IncidentShared(real.incident(), 1, Tlp.CLEAR, false,
                        RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH, REAL_SUMMARY, Phase.CONTAINMENT,
                        null, List.of(), List.of(), YesNoUnknown.NO))));
        // a drill's share on the real share topic, as a misrouting publisher would send it: the real feed leaves it out
        misrouted = DrillShareEvents.of("h-drill-dinant", DRILL);
        var shareTopic = new IncidentTopic(bootstrapServers, new IncidentTopic(bootstrapServers, incidentTopic)
                .shareTopic());
        var share = misrouted.shared(1, Tlp.CLEAR, false, "Drill share on the real share topic", VALUE);
        shareTopic.awaitConsumed(certFeedGroup, shareTopic.send(share.aggregateId(), EventJson.write(share)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select (select count(*) from query.drill_share where revision = 2 or withdrawn_at is not null)
                     + (select count(*) from query.shared_incident)""").query(Integer.class).single() == 3 + 1 + 1);
    }

    @Test
    void givenDrillSharesWhenTheCertReadsTheDrillFeedThenEachIsThereWithItsDrillAndTheLatestRevisionOnly() {
        var items = drillFeed("").get("items");

        assertThat(items.findValuesAsText("summary")).containsExactlyInAnyOrder(DRILL_SUMMARY, DRILL_SUMMARY,
                DRILL_SUMMARY, "Drill share under AMBER+STRICT");
        for (JsonNode item : items) {
            assertThat(item.at("/exercise/drillId").asText()).isEqualTo(DRILL.drillId().toString());
            assertThat(item.at("/exercise/scale").asInt()).isEqualTo(60);
        }
        assertThat(items.toString()).contains(VALUE).doesNotContain("First words", "h-drill-boom");
        var page = read("/cert/drill-feed", CERT, MediaType.TEXT_HTML);
        assertThat(page).contains("EXERCISE", "Drill " + DRILL.drillId(), DRILL_SUMMARY, VALUE)
                .doesNotContain(REAL_SUMMARY);
    }

    @Test
    void givenDrillSharesThenNoSurfaceOfTheRealFeedHoldsThemWhileTheRealShareIsThere() {
        var answers = new ArrayList<String>();
        for (var path : List.of("/api/cert/feed", "/api/cert/feed.misp.json", "/api/cert/correlations",
                "/api/cert/alerts", TRENDS)) {
            answers.add(read(path, CERT, MediaType.APPLICATION_JSON));
        }
        answers.add(read("/api/cert/feed.stix", CERT, MediaType.valueOf("application/stix+json;version=2.1")));
        answers.add(read("/api/cert/feed.csv", CERT, MediaType.ALL));
        for (var page : List.of("/cert", "/cert/feed", "/cert/correlations", "/cert/trends")) {
            answers.add(read(page, CERT, MediaType.TEXT_HTML));
        }
        answers.add(read("/taxii2/cert/collections/" + TaxiiCollection.SHARED_CLEAR.id() + "/objects/", CERT,
                MediaType.valueOf("application/taxii+json;version=2.1")));
        answers.add(read("/api/sector/feed", OFFICER, MediaType.APPLICATION_JSON));

        assertThat(answers.get(0)).contains(REAL_SUMMARY);
        for (var answer : answers) {
            assertThat(answer).doesNotContain(VALUE, DRILL_SUMMARY, "Drill share")
                    .doesNotContain(drillIncidents());
        }
        assertThat(jdbc.sql("""
                select (select count(*) from query.indicator_sighting) + (select count(*) from query.campaign_alert)
                     + (select count(*) from query.indicator_correlation)""").query(Integer.class).single()).isZero();
        for (var week : api(TRENDS).get("weeklyTotals")) { // three hospitals' drill shares would show in W13
            assertThat(week.get("withheld").asBoolean() || week.get("shares").asInt() == 0).as(week.toString())
                    .isTrue();
        }
    }

    @Test
    void givenARealShareThenTheDrillFeedDoesNotHoldIt() {
        assertThat(drillFeed("").toString()).doesNotContain(REAL_SUMMARY, real.id().toString());
    }

    @Test
    void givenADrillShareOnTheDrillFeedWhenItsHospitalWithdrawsItThenItLeavesTheDrillFeed() {
        var drill = DrillShareEvents.of("h-drill-celles", DRILL);
        sendToTheDrillTopic(drill.shared(1, Tlp.GREEN, false, "Drill share withdrawn while shown"));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> drillFeed("").toString().contains("Drill share withdrawn while shown"));

        sendToTheDrillTopic(drill.withdrawn(2));

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> !drillFeed("").toString().contains(drill.incident().toString()));
        assertThat(drillFeed("").get("items")).hasSize(4);
    }

    @Test
    void givenEveryDrillShareDeliveredAgainThenTheDrillFeedIsUnchangedAndTheWithdrawnShareStaysOff() {
        var before = drillFeed("");

        var topic = new IncidentTopic(bootstrapServers, drillShareTopic);
        var records = published.stream().map(envelope -> topic.send(envelope.aggregateId(),
                EventJson.write(envelope))).toList();
        records.forEach(record -> topic.awaitConsumed(drillFeedGroup, record));

        assertThat(drillFeed("")).isEqualTo(before);
        assertThat(before.toString()).doesNotContain("Drill share soon withdrawn", withdrawn.incident().toString());
        assertThat(jdbc.sql("select withdrawn_at is not null from query.drill_share where incident_id = :id")
                .param("id", withdrawn.incident().value()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void givenADrillShareUnderTlpRedThenNoOneSeesIt() {
        assertThat(drillFeed("").toString()).doesNotContain("Drill share under RED", red.incident().toString());
        assertThat(jdbc.sql("select count(*) from query.drill_share where incident_id = :id")
                .param("id", red.incident().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void givenMoreSharesThanAPageWhenTheCertFollowsNextThenThePagesAreNewestFirstWithoutOverlap() {
        var first = drillFeed("?limit=3");
        var second = drillFeed("?limit=3&cursor=" + first.get("next").asText());

        assertThat(first.get("items")).hasSize(3);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(second.at("/items/0/changedAt").asText())
                .isLessThanOrEqualTo(first.at("/items/2/changedAt").asText());
        assertThat(exchange("/api/cert/drill-feed?cursor=not-a-cursor", CERT, MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void givenTheDrillFeedWhenAnAdministratorRebuildsItThenItHoldsTheSameRows() {
        var rows = "select (to_jsonb(t) - 'projected_at')::text from query.drill_share t order by 1";
        var before = jdbc.sql(rows).query(String.class).list();

        var admin = new HttpEntity<>(CertRequests.headers(ADMIN, MediaType.APPLICATION_JSON));
        var started = http.exchange("/api/read-models/drill-feed/rebuild", HttpMethod.POST, admin, JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> new CertRequests(http)
                .json("/api/read-models/drill-feed", ADMIN).at("/rebuild/phase").asText(), phase -> {
                    assertThat(phase).isNotEqualTo("failed");
                    return phase.equals("done");
                });

        assertThat(jdbc.sql(rows).query(String.class).list()).isEqualTo(before);
    }

    private void sendToTheDrillTopic(EventEnvelope<?> envelope) {
        new IncidentTopic(bootstrapServers, drillShareTopic).send(envelope.aggregateId(), EventJson.write(envelope));
    }

    private String[] drillIncidents() {
        var ids = new ArrayList<String>();
        drills.forEach(drill -> ids.add(drill.incident().toString()));
        List.of(strict, red, withdrawn, misrouted).forEach(drill -> ids.add(drill.incident().toString()));
        return ids.toArray(String[]::new);
    }

    private JsonNode drillFeed(String query) {
        return api("/api/cert/drill-feed" + query);
    }

    private JsonNode api(String path) {
        return new CertRequests(http).json(path, CERT);
    }

    private String read(String path, String token, MediaType accept) {
        return new CertRequests(http).read(path, token, accept);
    }

    private ResponseEntity<String> exchange(String path, String token, MediaType accept) {
        return new CertRequests(http).exchange(path, token, accept);
    }
}
