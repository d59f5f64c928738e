package eu.vigil.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.testsupport.IncidentEvents;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign alert is raised when a value reaches three hospitals within 72 hours (the default rule), once per window
 * whatever order the shares arrive in, never for a warning-listed value, never for one hospital's several incidents,
 * and only the CERT sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignAlertIT {

    private static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    private static final String OFFICER = TestTokens.bearer("u-gent", "SECURITY_OFFICER", "h-gent");
    private static final Instant T0 = Instant.parse("2026-03-27T09:00:00Z");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @BeforeAll
    void hospitalsShareValuesOverFourDays() {
        // each share is projected before the next is published, as shares arrive live
        share("h-gent", T0, domain("c2.campaign.test"), domain("slow.test"), ipv4("8.8.8.8"), domain("twice.test"));
        share("h-liege", T0.plus(Duration.ofHours(1)), domain("c2.campaign.test"), domain("slow.test"),
                ipv4("8.8.8.8"), domain("twice.test"));
        share("h-gent", T0.plus(Duration.ofHours(1)), domain("twice.test"));
        share("h-namur", T0.plus(Duration.ofHours(2)), domain("c2.campaign.test"), ipv4("8.8.8.8"));
        share("h-mons", T0.plus(Duration.ofHours(3)), domain("c2.campaign.test"));
        share("h-namur", T0.plus(Duration.ofHours(80)), domain("slow.test"));
        // a campaign whose shares arrive newest first, as when a hospital's node delivers late: still one alert
        share("h-mons", T0.plus(Duration.ofHours(12)), domain("late.campaign.test"));
        share("h-namur", T0.plus(Duration.ofHours(11)), domain("late.campaign.test"));
        share("h-liege", T0.plus(Duration.ofHours(10)), domain("late.campaign.test"));
        share("h-gent", T0.plus(Duration.ofHours(9)), domain("late.campaign.test"));
    }

    @Test
    void givenAValueSharedAtThreeHospitalsWithinTheWindowThenTheCertIsAlertedOnceWithTheCount() {
        var alerts = get("/api/cert/alerts", CERT);

        var c2 = alertsOf(alerts, "c2.campaign.test");
        assertThat(c2).hasSize(1);
        assertThat(c2.get(0).get("indicatorType").asText()).isEqualTo("domain");
        assertThat(c2.get(0).get("hospitals").asInt()).isEqualTo(3);
        // raised by the third hospital's share; the fourth, within the window, raises no second alert
        assertThat(Instant.parse(c2.get(0).get("raisedAt").asText())).isEqualTo(T0.plus(Duration.ofHours(2)));
        // slow.test reached three hospitals only over 80 hours, twice.test two hospitals in three incidents,
        // and 8.8.8.8 is a public resolver: none is a campaign
        assertThat(alerts.toString()).doesNotContain("slow.test", "twice.test", "8.8.8.8");
        assertThat(alerts.toString()).doesNotContain("h-gent", "h-liege", "h-namur", "h-mons");
    }

    @Test
    void givenACampaignsSharesArrivingNewestFirstThenItIsAlertedOnce() {
        var late = alertsOf(get("/api/cert/alerts", CERT), "late.campaign.test");

        assertThat(late).hasSize(1);
        assertThat(late.get(0).get("hospitals").asInt()).isEqualTo(3);
    }

    @Test
    void theCertsFeedPageShowsTheAlertInWordsAndAnOfficerSeesNoAlertsAtAll() {
        String certPage = page("/cert/feed", CERT);
        assertThat(certPage).containsSubsequence("Campaign alerts", "Campaign:", "c2.campaign.test",
                "shared by 3 hospitals within the window", "Shared by");

        // Gent's officer sees Gent's own shares, values included, but never an alert
        assertThat(page("/cert/feed", OFFICER)).contains("c2.campaign.test").doesNotContain("Campaign alerts",
                "Campaign:", "shared by 3 hospitals");
        assertThat(http.exchange("/api/cert/alerts", HttpMethod.GET, new HttpEntity<>(headers(OFFICER)),
                String.class).getStatusCode().value()).isEqualTo(403);
    }

    private void share(String hospital, Instant at, SharedIndicator... indicators) {
        var incident = IncidentId.generate();
        new IncidentTopic(bootstrapServers, topic).publishAll(List.of(
                IncidentEvents.reported(incident, hospital, at.minus(Duration.ofHours(1))),
                IncidentEvents.envelope(hospital, 1, at, new IncidentShared(incident, 1, Tlp.GREEN, false,
                        RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH, "Beacon to a command server",
                        Phase.CONTAINMENT, PatientCareImpact.DIVERTED_PATIENTS, List.of(), List.of(indicators),
                        YesNoUnknown.NO))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.shared_incident where incident_id = :id").param("id", incident.value())
                .query(Integer.class).single() == 1);
    }

    private static List<JsonNode> alertsOf(JsonNode alerts, String value) {
        var of = new ArrayList<JsonNode>();
        alerts.forEach(alert -> {
            if (alert.get("indicatorValue").asText().equals(value)) {
                of.add(alert);
            }
        });
        return of;
    }

    private static SharedIndicator domain(String value) {
        return new SharedIndicator(IndicatorType.DOMAIN, value, Tlp.GREEN);
    }

    private static SharedIndicator ipv4(String value) {
        return new SharedIndicator(IndicatorType.IPV4, value, Tlp.GREEN);
    }

    private JsonNode get(String path, String bearer) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(bearer)), JsonNode.class).getBody();
    }

    private String page(String path, String bearer) {
        var headers = headers(bearer);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }

    private static HttpHeaders headers(String bearer) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(bearer);
        return headers;
    }
}
