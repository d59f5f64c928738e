package eu.vigil.query.feed.web;

import eu.vigil.contracts.EventEnvelope;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CERT's home shows a campaign as the CERT must act on it: the alert in words, the value with at how many
 * hospitals it was seen, the newest shares and the way to the feed and the trends; never which hospitals. The list of
 * correlated values says the same in the reader's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertHomePageIT {

    private static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    // later than every other test's shares: this campaign is the newest and the most shared
    private static final Instant T0 = Instant.parse("2030-01-07T08:00:00Z");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String campaign = "c2." + suffix + ".test";
    private final String lonely = "lonely." + suffix + ".test";

    @BeforeAll
    void fiveHospitalsShareOneCampaignsValueWithinAnHour() {
        var events = new ArrayList<EventEnvelope<?>>();
        var incidents = new ArrayList<IncidentId>();
        for (int i = 0; i < 5; i++) {
            var incident = IncidentId.generate();
            incidents.add(incident);
            String hospital = "h-home-" + i + "-" + suffix;
            var indicators = new ArrayList<>(List.of(domain(campaign)));
            if (i == 0) {
                indicators.add(domain(lonely));
            }
            events.add(IncidentEvents.reported(incident, hospital, T0.minus(Duration.ofHours(1))));
            events.add(IncidentEvents.envelope(hospital, 1, T0.plus(Duration.ofMinutes(10L * i)),
                    new IncidentShared(incident, 1, Tlp.AMBER, false, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                            Severity.HIGH, "Beacon to " + suffix + " number " + i, Phase.CONTAINMENT,
                            PatientCareImpact.DIVERTED_PATIENTS, List.of(), indicators, YesNoUnknown.NO)));
        }
        new IncidentTopic(bootstrapServers, topic).publishAll(events);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from query.indicator_correlation
                         where indicator_value = :value and hospitals = 5""")
                .param("value", campaign).query(Integer.class).single() == 1 && jdbc.sql("""
                        select count(*) from query.campaign_alert where indicator_value = :value""")
                .param("value", campaign).query(Integer.class).single() == 1);
    }

    @Test
    void givenACampaignWhenTheCertOpensItsHomeThenItSeesTheAlertTheCountsAndTheNewestSharesButNoHospital() {
        String page = page("/cert", "en");

        assertThat(page).containsSubsequence("CERT home", "Campaign alerts", "Campaign:", campaign,
                "shared by 3 hospitals within the window", "Values seen at the most hospitals", campaign,
                "seen at 5 hospitals", "Newest shares", "Beacon to " + suffix + " number 4", "TLP:AMBER",
                "Open the full feed", "Trends and sector metrics");
        assertThat(page).contains("href=\"/cert/feed\"", "href=\"/cert/trends\"", "href=\"/cert/correlations\"",
                "data-live-source=\"/live/cert/feed\"", "data-live-region");
        // a value only one hospital shared is no correlation; and the hospitals stay unnamed
        assertThat(page).doesNotContain(lonely, "h-home-");
    }

    @Test
    void givenACampaignWhenTheCertListsTheCorrelatedValuesThenEachIsCountedInItsLanguageAndNoHospitalIsNamed() {
        String page = page("/cert/correlations", "fr");

        assertThat(page).containsSubsequence("Valeurs corrélées", "100 au plus", campaign, "vu dans 5 hôpitaux", "5",
                "Retour à l’accueil du CERT");
        assertThat(page).doesNotContain(lonely, "h-home-");
    }

    private String page(String path, String language) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(CERT);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        var answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return answer.getBody();
    }

    private static SharedIndicator domain(String value) {
        return new SharedIndicator(IndicatorType.DOMAIN, value, Tlp.GREEN);
    }
}
