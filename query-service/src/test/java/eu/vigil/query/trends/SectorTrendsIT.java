package eu.vigil.query.trends;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationSubmitted;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CERT's trends over a known sector: five hospitals' shares around the daylight saving change of 29 March 2026
 * (01:00 UTC) and the ISO week boundary that follows it, one share withdrawn, and the early warnings and GDPR
 * notifications of the shared incidents, one of an incident never shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectorTrendsIT {

    private static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    private static final List<String> HOSPITALS = List.of("h-trend-aalst", "h-trend-boom", "h-trend-celles",
            "h-trend-dinant", "h-trend-eupen", "h-trend-fleurus");
    private static final String WINDOW = "weeks=2&months=2&to=2026-04-05";
    private static final Instant AWARE = Instant.parse("2026-03-20T08:00:00Z");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String incidentTopic;
    @Value("${vigil.topics.notification-events}") String notificationTopic;

    private final List<EventEnvelope<NotificationEvent>> reports = new ArrayList<>();

    @BeforeAll
    void theSectorSharesAndReports() {
        // week 13 (UTC): before and after the change to summer time, and Sunday 23:30 UTC, Monday in Brussels
        var aalst = share("h-trend-aalst", "2026-03-29T00:30:00Z", RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, true);
        var boom = share("h-trend-boom", "2026-03-29T01:30:00Z", RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, false);
        var celles = share("h-trend-celles", "2026-03-29T23:30:00Z", RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                false);
        // week 14: three hospitals, but no class of two hospitals' shares reaches three
        share("h-trend-aalst", "2026-03-30T00:30:00Z", RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, false);
        share("h-trend-boom", "2026-03-30T08:00:00Z", RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, false);
        var eupen = share("h-trend-eupen", "2026-03-31T09:00:00Z", RsitCategory.FRAUD_PHISHING, false);
        var dinant = share("h-trend-dinant", "2026-03-31T10:00:00Z", RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                false);
        new IncidentTopic(bootstrapServers, incidentTopic).publish(IncidentEvents.envelope("h-trend-dinant", 2,
                Instant.parse("2026-03-31T11:00:00Z"), new IncidentShareWithdrawn(dinant, "Shared by mistake")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.shared_incident where withdrawn_at is not null").query(Integer.class)
                .single() == 1);

        // early warnings 2 h, 4 h, 6 h and 30 h after awareness (due at 24 h); the withdrawn share's and the
        // never-shared incident's are not the CERT's to count
        earlyWarning(aalst, "h-trend-aalst", 2);
        earlyWarning(boom, "h-trend-boom", 4);
        earlyWarning(celles, "h-trend-celles", 6);
        earlyWarning(eupen, "h-trend-eupen", 30);
        earlyWarning(dinant, "h-trend-dinant", 100);
        earlyWarning(IncidentId.generate(), "h-trend-fleurus", 1);
        // GDPR notifications of two hospitals only
        report(aalst, "h-trend-aalst", "GDPR_SA_NOTIFICATION", 72, 10);
        report(boom, "h-trend-boom", "GDPR_SA_NOTIFICATION", 72, 80);
        var notifications = new IncidentTopic(bootstrapServers, notificationTopic);
        notifications.publishAll(reports);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.obligation where status = 'submitted'").query(Integer.class).single()
                == reports.size() / 2);
    }

    @Test
    void givenSharesAcrossTheDaylightSavingChangeThenEachCountsInItsUtcIsoWeek() {
        var trends = api("/api/cert/trends?" + WINDOW);

        assertThat(trends.get("weeklyTotals")).hasSize(2);
        assertThat(trends.at("/weeklyTotals/0/week").asText()).isEqualTo("2026-W13");
        assertThat(trends.at("/weeklyTotals/0/shares").asInt()).isEqualTo(3);
        // Dinant's withdrawn share is left out: three shares of week 14, from three hospitals
        assertThat(trends.at("/weeklyTotals/1/week").asText()).isEqualTo("2026-W14");
        assertThat(trends.at("/weeklyTotals/1/shares").asInt()).isEqualTo(3);
        assertThat(cell(trends.get("weekly"), "2026-W13", "malicious-code/infected-system").get("shares").asInt())
                .isEqualTo(3);
    }

    @Test
    void givenACellOfFewerThanThreeHospitalsThenItsFigureIsWithheld() {
        var trends = api("/api/cert/trends?" + WINDOW);

        // Aalst's and Boom's two shares of week 14 (Dinant's withdrawn): counted, they would single them out
        var infected = cell(trends.get("weekly"), "2026-W14", "malicious-code/infected-system");
        assertThat(infected.get("shares").isNull()).isTrue();
        assertThat(infected.get("withheld").asBoolean()).isTrue();
        assertThat(cell(trends.get("weekly"), "2026-W14", "fraud/phishing").get("withheld").asBoolean()).isTrue();
        // over both weeks, the degraded care of three hospitals' five shares shows
        assertThat(cell(trends.get("impactTotals"), null, "degraded").get("shares").asInt()).isEqualTo(5);
        assertThat(cell(trends.get("impact"), "2026-W13", "degraded").get("shares").asInt()).isEqualTo(3);
    }

    @Test
    void givenTheSharedIncidentsEarlyWarningsThenMedianP90AndOnTimeShareAreTheirs() {
        var timeliness = api("/api/cert/trends?" + WINDOW).get("timeliness");

        var warnings = row(timeliness, "NIS2_EARLY_WARNING");
        assertThat(warnings.get("month").asText()).isEqualTo("2026-03");
        assertThat(warnings.get("submitted").asInt()).isEqualTo(4);
        assertThat(warnings.get("medianHours").asDouble()).isEqualTo(5.0);
        assertThat(warnings.get("p90Hours").asDouble()).isEqualTo(22.8); // 6 h + 0.7 × (30 h − 6 h)
        assertThat(warnings.get("onTimePercent").asInt()).isEqualTo(75);
        // two hospitals' GDPR notifications: no figure at all
        var gdpr = row(timeliness, "GDPR_SA_NOTIFICATION");
        assertThat(List.of(gdpr.get("submitted"), gdpr.get("medianHours"), gdpr.get("p90Hours"),
                gdpr.get("onTimePercent"))).allMatch(JsonNode::isNull);
    }

    @Test
    void noAnswerNamesAHospitalOrItsPseudonym() {
        var pseudonym = jdbc.sql("select publisher from query.shared_incident where pseudonymised").query(String.class)
                .single();
        var answers = List.of(api("/api/cert/trends?" + WINDOW).toString(), page(WINDOW, Locale.ENGLISH),
                csv("weekly").getBody(), csv("impact").getBody(), csv("timeliness").getBody());

        assertThat(pseudonym).isNotBlank();
        for (var answer : answers) {
            assertThat(answer).doesNotContain(pseudonym).doesNotContain(HOSPITALS.toArray(String[]::new));
        }
    }

    @Test
    void eachTableDownloadsAsCsvWithTheWithheldFiguresInWords() {
        var timeliness = csv("timeliness");

        assertThat(timeliness.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(timeliness.getHeaders().getContentDisposition().getFilename()).isEqualTo("trends-timeliness.csv");
        assertThat(timeliness.getBody()).isEqualTo("""
                month,report,submitted,median_hours,p90_hours,on_time_percent\r
                2026-03,GDPR_SA_NOTIFICATION,fewer than 3 hospitals,fewer than 3 hospitals,fewer than 3 hospitals,\
                fewer than 3 hospitals\r
                2026-03,NIS2_EARLY_WARNING,4,5.0,22.8,75\r
                """);
        assertThat(csv("weekly").getBody()).contains("2026-W13,malicious-code/infected-system,3\r\n",
                "2026-W14,malicious-code/infected-system,fewer than 3 hospitals\r\n");
    }

    @Test
    void givenParametersOutOfBoundsThenEachIsRefusedAsAProblem() {
        var refused = http.exchange("/cert/trends.csv?table=pie&weeks=105&months=0&to=1999-01-01", HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.APPLICATION_JSON, Locale.ENGLISH)), JsonNode.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().toString()).contains("table", "weeks", "from 1 to 104", "months",
                "from 1 to 24", "to");
    }

    @Test
    void thePageShowsChartsBesideTheirNumbersInTheViewersLanguage() {
        String english = page(WINDOW, Locale.ENGLISH);
        assertThat(english).contains("<svg role=\"img\"", "<title id=\"trends-weekly-title\"", "<polyline",
                "What to do next:", "fewer than 3 hospitals", "NIS2 early warning (24 h)", "5 h", "22.8 h", "75 %");

        assertThat(english).containsSubsequence("numbers: shares per ISO week", "2026-W13", "3", "2026-W14", "3",
                "numbers: shares over the period", "Care degraded", "5", "Harm suspected", "fewer than 3 hospitals");
        // the charts' titles stay in their charts: the page has one title of its own
        assertThat(english.substring(0, english.indexOf("</head>"))).containsOnlyOnce("<title");
        String feed = http.exchange("/cert/feed", HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.TEXT_HTML, Locale.ENGLISH)), String.class).getBody();
        assertThat(feed).contains("href=\"/cert/trends\"", "Trends and sector metrics");

        String french = page(WINDOW, Locale.FRENCH);
        assertThat(french).contains("Tendances et indicateurs du secteur", "Que faire ensuite :",
                "moins de 3 hôpitaux", "Alerte précoce NIS2 (24 h)", "22,8 h", "ligne continue");
    }

    private IncidentId share(String hospital, String at, RsitCategory category, boolean pseudonymised) {
        var incident = IncidentId.generate();
        var sharedAt = Instant.parse(at);
        new IncidentTopic(bootstrapServers, incidentTopic).publishAll(List.of(
                IncidentEvents.reported(incident, hospital, AWARE),
                IncidentEvents.envelope(hospital, 1, sharedAt, new IncidentShared(incident, 1, Tlp.GREEN,
                        pseudonymised, category, Severity.HIGH, "Shared for the trends", Phase.CONTAINMENT,
                        category == RsitCategory.FRAUD_PHISHING ? PatientCareImpact.HARM_SUSPECTED
                                : PatientCareImpact.DEGRADED, List.of(), List.of(), YesNoUnknown.NO))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.shared_incident where incident_id = :id").param("id", incident.value())
                .query(Integer.class).single() == 1);
        return incident;
    }

    private void earlyWarning(IncidentId incident, String hospital, int submittedAfterHours) {
        report(incident, hospital, "NIS2_EARLY_WARNING", 24, submittedAfterHours);
    }

    private void report(IncidentId incident, String hospital, String rule, int dueHours, int submittedAfterHours) {
        var obligation = UUID.randomUUID();
        var submitted = AWARE.plus(Duration.ofHours(submittedAfterHours));
        reports.add(envelope(obligation, 0, hospital, AWARE, new ObligationOpened(obligation, incident,
                HospitalId.of(hospital), rule, "nis2", rule, "csirt", "CCB", "NIS2 Art. 23(4)",
                URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"), "BE", "1", false, AWARE,
                AWARE.plus(Duration.ofHours(dueHours)), "Europe/Brussels", false, null)));
        reports.add(envelope(obligation, 1, hospital, submitted,
                new ObligationSubmitted(obligation, submitted, "REF-" + submittedAfterHours, null)));
    }

    private static EventEnvelope<NotificationEvent> envelope(UUID obligation, long sequence, String hospital,
                                                             Instant at, NotificationEvent event) {
        return new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(event), 1, obligation.toString(), sequence,
                HospitalId.of(hospital), at, new Actor("u-dpo", "DPO"), event);
    }

    private static JsonNode cell(JsonNode counts, String week, String group) {
        for (var count : counts) {
            boolean inWeek = week == null ? count.get("week").isNull() : week.equals(count.get("week").asText());
            if (inWeek && count.get("group").asText().equals(group)) {
                return count;
            }
        }
        throw new AssertionError("No count of " + group + " in " + week + ": " + counts);
    }

    private static JsonNode row(JsonNode timeliness, String report) {
        for (var row : timeliness) {
            if (row.get("report").asText().equals(report)) {
                return row;
            }
        }
        throw new AssertionError("No row of " + report + ": " + timeliness);
    }

    private JsonNode api(String url) {
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers(MediaType.APPLICATION_JSON,
                Locale.ENGLISH)), JsonNode.class).getBody();
    }

    private ResponseEntity<String> csv(String table) {
        return http.exchange("/cert/trends.csv?table=" + table + "&" + WINDOW, HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.ALL, Locale.ENGLISH)), String.class);
    }

    private String page(String query, Locale locale) {
        return http.exchange("/cert/trends?" + query, HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.TEXT_HTML, locale)), String.class).getBody();
    }

    private static HttpHeaders headers(MediaType accept, Locale locale) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(CERT);
        headers.setAccept(List.of(accept));
        headers.setAcceptLanguageAsLocales(List.of(locale));
        return headers;
    }
}
