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
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationSubmitted;
import eu.vigil.query.feed.taxii.TaxiiCollection;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drills never reach the sector (ADR 0022): beside the known sector, three of its hospitals run a drill whose
 * incidents are shared under TLP:CLEAR with one indicator value and have their early warnings submitted on the
 * drill's clock, all published as the command service and the notifier publish them (a drill's share on the incident
 * topic only, never on the share topic). No trend, feed, export, TAXII collection, correlation, campaign alert or
 * sector view holds any of it, though three hospitals would make every figure show.
 */
class SectorLeavesDrillsOutIT extends SectorSharesAndReports {

    private static final String DRILL_VALUE = "drill.campaign.test";
    private static final String DRILL_SUMMARY = "Drill share: ransomware on imaging";
    private static final Instant DRILL_AWARE = Instant.parse("2026-03-20T08:00:00Z");
    private static final String OFFICER_OF_EUPEN = TestTokens.bearer("u-officer-5", "SECURITY_OFFICER",
            "h-trend-eupen");

    private final List<IncidentId> drillIncidents = new ArrayList<>();

    @BeforeAll
    void threeHospitalsRunADrillAndShareItsIncidents() {
        var incidents = new IncidentTopic(bootstrapServers, incidentTopic);
        var reports = new ArrayList<EventEnvelope<NotificationEvent>>();
        var drill = new Exercise(UUID.randomUUID(), 60);
        for (String hospital : List.of("h-trend-aalst", "h-trend-boom", "h-trend-celles")) {
            var incident = IncidentId.generate();
            drillIncidents.add(incident);
            for (var event : List.of(drillReport(incident, hospital, drill), drillShare(incident, hospital))) {
                // the command service's publisher: a drill's events go to the incident topic only
                incidents.send(event.aggregateId(), EventJson.write(event));
            }
            reports.addAll(earlyWarningOnTheDrillsClock(incident, hospital));
        }
        new IncidentTopic(bootstrapServers, notificationTopic).publishAll(reports);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from query.incident_register
                         where drill_id is not null and shared_tlp = 'clear'""").query(Integer.class).single() == 3);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.obligation where status = 'submitted'").query(Integer.class).single()
                == 8 + 3);
    }

    @Test
    void givenADrillOfThreeHospitalsThenTheTrendsCountOnlyTheRealShares() {
        var trends = api("/api/cert/trends?" + WINDOW);

        assertThat(trends.at("/weeklyTotals/0/shares").asInt()).isEqualTo(3);
        assertThat(trends.at("/weeklyTotals/1/shares").asInt()).isEqualTo(3);
        assertThat(cell(trends.get("weekly"), "2026-W13", "malicious-code/infected-system").get("shares").asInt())
                .isEqualTo(3);
        var warnings = earlyWarnings(trends.get("timeliness"));
        assertThat(warnings.get("submitted").asInt()).isEqualTo(4);
        assertThat(warnings.get("medianHours").asDouble()).isEqualTo(5.0);
        assertThat(warnings.get("onTimePercent").asInt()).isEqualTo(75);
    }

    @Test
    void givenADrillOfThreeHospitalsThenNoFeedExportTaxiiCorrelationAlertOrSectorViewHoldsIt() {
        var answers = new ArrayList<String>();
        for (var path : List.of("/api/cert/feed", "/api/cert/feed.misp.json", "/api/cert/correlations",
                "/api/cert/alerts")) {
            answers.add(read(path, CERT, MediaType.APPLICATION_JSON));
        }
        answers.add(read("/api/cert/feed.stix", CERT, MediaType.valueOf("application/stix+json;version=2.1")));
        answers.add(read("/api/cert/feed.csv", CERT, MediaType.ALL));
        answers.add(read("/cert", CERT, MediaType.TEXT_HTML));
        answers.add(read("/cert/feed", CERT, MediaType.TEXT_HTML));
        answers.add(read("/cert/trends?" + WINDOW, CERT, MediaType.TEXT_HTML));
        answers.add(read("/taxii2/cert/collections/" + TaxiiCollection.SHARED_CLEAR.id() + "/objects/", CERT,
                MediaType.valueOf("application/taxii+json;version=2.1")));
        answers.add(read("/api/sector/feed", OFFICER_OF_EUPEN, MediaType.APPLICATION_JSON));
        answers.add(read("/sector", OFFICER_OF_EUPEN, MediaType.TEXT_HTML));

        assertThat(answers.get(0)).contains("Shared for the trends");
        for (var answer : answers) {
            assertThat(answer).doesNotContain(DRILL_VALUE, DRILL_SUMMARY)
                    .doesNotContain(drillIncidents.stream().map(IncidentId::toString).toArray(String[]::new));
        }
        assertThat(api("/api/cert/alerts")).isEmpty();
        for (var incident : drillIncidents) {
            assertThat(exchange("/api/cert/shares/" + incident + ".stix", CERT, MediaType.ALL).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private static JsonNode earlyWarnings(JsonNode timeliness) {
        for (var row : timeliness) {
            if (row.get("report").asText().equals("NIS2_EARLY_WARNING")) {
                return row;
            }
        }
        throw new AssertionError("No early warnings in " + timeliness);
    }

    private String read(String path, String token, MediaType accept) {
        var answer = exchange(path, token, accept);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private ResponseEntity<String> exchange(String path, String token, MediaType accept) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(accept));
        headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static EventEnvelope<?> drillReport(IncidentId incident, String hospital, Exercise drill) {
        return IncidentEvents.envelope(hospital, 0, DRILL_AWARE, new IncidentReported(incident,
                HospitalId.of(hospital), "Drill: PACS unreachable", null, DRILL_AWARE,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN, null, drill));
    }

    // in week 13, under TLP:CLEAR, with a value three hospitals share: it would count everywhere if it leaked
    private static EventEnvelope<?> drillShare(IncidentId incident, String hospital) {
        return IncidentEvents.envelope(hospital, 1, Instant.parse("2026-03-29T12:00:00Z"), new IncidentShared(
                incident, 1, Tlp.CLEAR, false, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH,
                DRILL_SUMMARY, Phase.CONTAINMENT, PatientCareImpact.DEGRADED, List.of(),
                List.of(new SharedIndicator(IndicatorType.DOMAIN, DRILL_VALUE, Tlp.CLEAR)), YesNoUnknown.NO));
    }

    // at scale 60 the early warning is due 24 minutes after awareness; submitted after 20
    private static List<EventEnvelope<NotificationEvent>> earlyWarningOnTheDrillsClock(IncidentId incident,
                                                                                       String hospital) {
        var obligation = UUID.randomUUID();
        var submitted = DRILL_AWARE.plus(Duration.ofMinutes(20));
        return List.of(obligation(obligation, 0, hospital, DRILL_AWARE, new ObligationOpened(obligation, incident,
                        HospitalId.of(hospital), "NIS2_EARLY_WARNING", "nis2", "NIS2_EARLY_WARNING", "csirt", "CCB",
                        "NIS2 Art. 23(4)", URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"), "BE", "1",
                        false, DRILL_AWARE, DRILL_AWARE.plus(Duration.ofMinutes(24)), "Europe/Brussels", false,
                        null)),
                obligation(obligation, 1, hospital, submitted,
                        new ObligationSubmitted(obligation, submitted, "DRILL-1", null)));
    }

    private static EventEnvelope<NotificationEvent> obligation(UUID obligation, long sequence, String hospital,
                                                               Instant at, NotificationEvent event) {
        return new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(event), 1, obligation.toString(), sequence,
                HospitalId.of(hospital), at, new Actor("u-dpo", "DPO"), event);
    }
}
