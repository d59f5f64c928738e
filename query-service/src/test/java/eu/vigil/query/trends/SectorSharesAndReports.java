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

/**
 * A known sector for the CERT's trends: five hospitals' shares around the daylight saving change of 29 March 2026
 * (01:00 UTC) and the ISO week boundary that follows it, one share withdrawn, and the early warnings and GDPR
 * notifications of the shared incidents, one of an incident never shared. The trends' tests read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SectorSharesAndReports {

    static final String CERT = TestTokens.bearer("u-cert", "CERT_COORDINATOR", null);
    static final List<String> HOSPITALS = List.of("h-trend-aalst", "h-trend-boom", "h-trend-celles",
            "h-trend-dinant", "h-trend-eupen", "h-trend-fleurus");
    static final String WINDOW = "weeks=2&months=2&to=2026-04-05";
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

    JsonNode api(String url) {
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers(MediaType.APPLICATION_JSON,
                Locale.ENGLISH)), JsonNode.class).getBody();
    }

    ResponseEntity<String> csv(String table) {
        return http.exchange("/cert/trends.csv?table=" + table + "&" + WINDOW, HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.ALL, Locale.ENGLISH)), String.class);
    }

    String page(String query, Locale locale) {
        return http.exchange("/cert/trends?" + query, HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.TEXT_HTML, locale)), String.class).getBody();
    }

    static HttpHeaders headers(MediaType accept, Locale locale) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(CERT);
        headers.setAccept(List.of(accept));
        headers.setAcceptLanguageAsLocales(List.of(locale));
        return headers;
    }

    /** The count of a group in a week, or over the whole period when {@code week} is null. */
    static JsonNode cell(JsonNode counts, String week, String group) {
        for (var count : counts) {
            boolean inWeek = week == null ? count.get("week").isNull() : week.equals(count.get("week").asText());
            if (inWeek && count.get("group").asText().equals(group)) {
                return count;
            }
        }
        throw new AssertionError("No count of " + group + " in " + week + ": " + counts);
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
}
