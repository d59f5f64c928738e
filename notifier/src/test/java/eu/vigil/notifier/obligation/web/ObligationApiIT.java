package eu.vigil.notifier.obligation.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/** What a DPO does with an obligation through the API, the forms and the calendar feeds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ObligationApiIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired TestRestTemplate http;
    @Autowired HospitalProfiles profiles;
    @Autowired ObligationView view;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private IncidentId incident;
    private Instant aware;

    @BeforeEach
    void aSignificantIncidentOfBrugge() {
        profiles.save(new HospitalProfile(HospitalId.of("h-brugge"), "BE", BRUSSELS,
                "CCB (CERT.be)", "APD/GBA", "dpo@brugge.example", "security@brugge.example"));
        incident = IncidentId.generate();
        aware = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(30));
        var incidents = new IncidentTopic(bootstrapServers, topic);
        incidents.publish(reported(incident, "h-brugge", aware));
        incidents.publish(envelope("h-brugge", 1, Instant.now(),
                new SignificanceAssessed(incident, Significance.YES, "ambulances diverted")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.ofIncident(incident).size() == 5);
    }

    @Test
    void theDpoListsTheIncidentsObligationsWithTheirArticlesAndDueInstants() {
        var response = http.exchange("/api/obligations?incidentId=" + incident, HttpMethod.GET,
                as("DPO", "h-brugge", null), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).hasSize(5);
        var notification = find(response.getBody(), "NIS2_INCIDENT_NOTIFICATION");
        assertThat(Instant.parse(notification.get("dueAt").asText())).isEqualTo(aware.plus(Duration.ofHours(72)));
        assertThat(notification.get("authority").asText()).isEqualTo("CCB (CERT.be)");
        assertThat(notification.get("timeZone").asText()).isEqualTo("Europe/Brussels");
    }

    @Test
    void submittingTheNotificationStartsTheFinalReportsMonth() {
        var notification = ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION");
        Instant submitted = aware.plus(Duration.ofHours(29));

        var response = http.exchange("/api/obligations/" + notification + "/submission", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("submittedAt", submitted.toString(), "reference", "CCB-2026-0042")),
                JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("status").asText()).isEqualTo("submitted");
        assertThat(response.getBody().get("reference").asText()).isEqualTo("CCB-2026-0042");
        var finalReport = view.find(ObligationIds.of(incident, "NIS2_FINAL_REPORT")).orElseThrow();
        assertThat(finalReport.triggeredAt()).isEqualTo(submitted);
        // one calendar month after the submission: the end of that day in Brussels (deadlines.md §3)
        assertThat(finalReport.dueAt()).isEqualTo(submitted.atZone(BRUSSELS).toLocalDate().plusMonths(1)
                .plusDays(1).atStartOfDay(BRUSSELS).toInstant());
    }

    @Test
    void aLateSubmissionWithoutReasonsIsRefusedAndChangesNothing() {
        var earlyWarning = ObligationIds.of(incident, "NIS2_EARLY_WARNING"); // due 6 hours ago

        var response = http.exchange("/api/obligations/" + earlyWarning + "/submission", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("submittedAt", Instant.now().minusSeconds(60).toString())),
                JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:reason-for-delay-missing");
        assertThat(response.getBody().get("errors").get(0).get("parameter").asText()).isEqualTo("reasonForDelay");
        assertThat(view.find(earlyWarning).orElseThrow().status().isRunning()).isTrue();
    }

    @Test
    void aDecisionNotToNotifyNeedsItsReason() {
        var gdpr = ObligationIds.of(incident, "GDPR_SA_NOTIFICATION");

        var refused = http.exchange("/api/obligations/" + gdpr + "/not-required", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("reason", "  ")), JsonNode.class);
        var recorded = http.exchange("/api/obligations/" + gdpr + "/not-required", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("reason", "Backups were encrypted: unlikely to result in a risk")),
                JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(recorded.getBody().get("status").asText()).isEqualTo("not-required");
        assertThat(recorded.getBody().get("reason").asText()).startsWith("Backups were encrypted");
    }

    @Test
    void anAuthoritysRequestOpensAnIntermediateReportDueWhenItSaid() {
        Instant requested = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        Instant due = requested.plus(Duration.ofDays(5));

        var response = http.exchange("/api/obligations/intermediate-reports", HttpMethod.POST, as("DPO", "h-brugge",
                Map.of("incidentId", incident.toString(), "requestedAt", requested.toString(), "dueAt", due.toString(),
                        "request", "CCB asks for the status of the PACS restore (ref. CCB-2026-0117-R1)")),
                JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("ruleId").asText()).isEqualTo("NIS2_INTERMEDIATE_REPORT");
        assertThat(Instant.parse(response.getBody().get("dueAt").asText())).isEqualTo(due);
        assertThat(response.getBody().get("legalBasis").asText()).isEqualTo("NIS2 Art. 23(4)(c)");
        assertThat(response.getBody().get("basis").asText()).contains("CCB-2026-0117-R1");
        assertThat(view.ofIncident(incident)).hasSize(6);
    }

    @Test
    void anIntermediateReportDueBeforeTheRequestIsRefused() {
        Instant requested = Instant.now().minusSeconds(600);

        var response = http.exchange("/api/obligations/intermediate-reports", HttpMethod.POST, as("DPO", "h-brugge",
                Map.of("incidentId", incident.toString(), "requestedAt", requested.toString(),
                        "dueAt", requested.minusSeconds(3600).toString(), "request", "status")), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:due-before-request");
        assertThat(view.ofIncident(incident)).hasSize(5);
    }

    @Test
    void aHighRiskDecisionOpensTheCommunicationToTheDataSubjectsShownAsElapsedTime() {
        var response = http.exchange("/api/obligations/data-subject-communications", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("incidentId", incident.toString(),
                        "reasons", "Radiology reports of about 900 patients may have been read")), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var communication = response.getBody().get(0);
        assertThat(communication.get("ruleId").asText()).isEqualTo("GDPR_DATA_SUBJECT_COMMUNICATION");
        assertThat(communication.get("dueAt").isNull()).isTrue(); // without undue delay: no instant
        assertThat(Instant.parse(communication.get("triggeredAt").asText())).isEqualTo(aware);
        assertThat(communication.get("basis").asText()).startsWith("Radiology reports");
    }

    @Test
    void aHighRiskDecisionNeedsPersonalDataAndItsReasons() {
        var withoutReasons = http.exchange("/api/obligations/data-subject-communications", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("incidentId", incident.toString(), "reasons", " ")), JsonNode.class);
        new IncidentTopic(bootstrapServers, topic).publish(envelope("h-brugge", 2, Instant.now(),
                new PersonalDataAssessed(incident, YesNoUnknown.NO, List.of(), null, "no patient data on PACS")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.ofIncident(incident).stream()
                .filter(row -> row.regime().equals("gdpr")).allMatch(row -> !row.status().isRunning()));

        var withoutPersonalData = http.exchange("/api/obligations/data-subject-communications", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("incidentId", incident.toString(), "reasons", "high risk")),
                JsonNode.class);

        assertThat(withoutReasons.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withoutPersonalData.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(withoutPersonalData.getBody().get("type").asText())
                .isEqualTo("urn:vigil:problem:personal-data-not-involved");
    }

    @Test
    void anotherHospitalsIncidentIsNotFoundWhenAskedForAReport() {
        var response = http.exchange("/api/obligations/data-subject-communications", HttpMethod.POST,
                as("DPO", "h-lyon", Map.of("incidentId", incident.toString(), "reasons", "high risk")),
                JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:incident-not-found");
    }

    @Test
    void anotherHospitalsObligationIsNotFound() {
        var earlyWarning = ObligationIds.of(incident, "NIS2_EARLY_WARNING");

        var response = http.exchange("/api/obligations/" + earlyWarning, HttpMethod.GET,
                as("DPO", "h-lyon", null), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:obligation-not-found");
    }

    @Test
    void theFormRecordsASubmissionInTheZoneItWasShownIn() {
        var notification = ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION");
        Instant submitted = aware.plus(Duration.ofHours(26));
        var form = new LinkedMultiValueMap<String, String>();
        form.add("submittedAt", submitted.atZone(BRUSSELS).toLocalDateTime().toString());
        form.add("timeZone", "Europe/Brussels");
        form.add("reference", "CCB-7");
        var headers = headers("DPO", "h-brugge");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        http.exchange("/deadlines/" + notification + "/submission", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);

        assertThat(view.find(notification).orElseThrow().submittedAt()).isEqualTo(submitted);
    }

    @Test
    void theFormShowsWhyALateSubmissionWasRefusedBesideTheField() {
        var earlyWarning = ObligationIds.of(incident, "NIS2_EARLY_WARNING");
        var form = new LinkedMultiValueMap<String, String>();
        form.add("submittedAt", Instant.now().atZone(BRUSSELS).toLocalDateTime().minusMinutes(5)
                .truncatedTo(ChronoUnit.MINUTES).toString());
        form.add("timeZone", "Europe/Brussels");
        var headers = headers("DPO", "h-brugge");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        var page = http.exchange("/deadlines/" + earlyWarning + "/submission", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("id=\"reasonForDelay-error\"", "give the reasons for the delay");
        assertThat(view.find(earlyWarning).orElseThrow().status().isRunning()).isTrue();
    }

    @Test
    void theBoardShowsTheRunningDeadlinesWithTheirArticles() {
        var page = http.exchange("/deadlines", HttpMethod.GET, as("SECURITY_OFFICER", "h-brugge", null), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("NIS2 law of 26 April 2024 (BE), transposing NIS2 Art. 23(4)(a)",
                "CCB (CERT.be)", "late by", ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION").toString());
    }

    @Test
    void theHospitalCalendarListsEveryRunningDeadlineOnceWithItsArticle() {
        var feed = http.exchange("/api/calendars/hospital.ics", HttpMethod.GET, as("DPO", "h-brugge", null),
                String.class);

        assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar");
        String ics = feed.getBody().replace("\r\n ", ""); // unfold long lines (RFC 5545 §3.1)
        assertThat(ics).contains("BEGIN:VCALENDAR",
                "UID:" + ObligationIds.of(incident, "NIS2_EARLY_WARNING") + "@vigil", "Art. 23(4)(b)");
        assertThat(ics.split("UID:" + ObligationIds.of(incident, "GDPR_SA_NOTIFICATION"), -1)).hasSize(2);
    }

    @Test
    void aPrivateCalendarAddressWorksWithoutLoginUntilItIsRenewed() {
        String user = "u-dpo-calendar-" + UUID.randomUUID();
        var first = http.exchange("/deadlines/calendar", HttpMethod.POST, asUser(user), String.class);
        String firstUrl = feedPath(first.getBody());
        var anonymous = http.getForEntity(firstUrl, String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody().replace("\r\n ", ""))
                .contains("UID:" + ObligationIds.of(incident, "NIS2_EARLY_WARNING"));

        var second = http.exchange("/deadlines/calendar", HttpMethod.POST, asUser(user), String.class);

        assertThat(http.getForEntity(firstUrl, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity(feedPath(second.getBody()), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private static String feedPath(String page) {
        int start = page.indexOf("/calendar/");
        return page.substring(start, page.indexOf(".ics", start) + 4);
    }

    private static JsonNode find(JsonNode list, String ruleId) {
        for (JsonNode obligation : list) {
            if (obligation.get("ruleId").asText().equals(ruleId)) {
                return obligation;
            }
        }
        throw new AssertionError("No " + ruleId + " in " + list);
    }

    private static HttpEntity<Object> asUser(String userId) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer(userId, "DPO", "h-brugge"));
        return new HttpEntity<>(headers);
    }

    private static HttpEntity<Object> as(String role, String hospital, Object body) {
        var headers = headers(role, hospital);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static HttpHeaders headers(String role, String hospital) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-" + role.toLowerCase() + "-" + UUID.randomUUID(), role, hospital));
        return headers;
    }
}
