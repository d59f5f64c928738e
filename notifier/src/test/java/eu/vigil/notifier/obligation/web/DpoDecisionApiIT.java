package eu.vigil.notifier.obligation.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.testsupport.IncidentTopic;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Obligations a DPO's decision opens: an authority's request for an intermediate report, a high risk to the data
 * subjects.
 */
class DpoDecisionApiIT extends BruggeObligationsFixture {

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
        assertThat(response.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/dueAt");
        assertThat(view.ofIncident(incident)).hasSize(5);
    }

    @Test
    void aRefusedIntermediateReportIsExplainedInTheCallersLanguage() {
        // given a DPO whose browser asks for German
        Instant requested = Instant.now().minusSeconds(600);
        var request = inGerman(Map.of("incidentId", incident.toString(), "requestedAt", requested.toString(),
                "dueAt", requested.minusSeconds(3600).toString(), "request", "status"));

        // when
        var response = http.exchange("/api/obligations/intermediate-reports", HttpMethod.POST, request,
                JsonNode.class);

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:due-before-request");
        assertThat(response.getBody().get("title").asText()).isEqualTo("Frist vor der Anforderung");
        assertThat(response.getBody().get("detail").asText()).isEqualTo("Die Frist liegt vor der Anforderung: "
                + "Geben Sie das Datum ein, das die Behörde für den Bericht gesetzt hat.");
        assertThat(response.getBody().get("errors").get(0).get("message").asText())
                .isEqualTo(response.getBody().get("detail").asText());
    }

    @Test
    void aClosedObligationNamesItsStatusInTheCallersLanguage() {
        // given the breach register entry declared not required
        var register = ObligationIds.of(incident, "GDPR_BREACH_REGISTER");
        http.exchange("/api/obligations/" + register + "/not-required", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("reason", "no personal data on PACS")), JsonNode.class);

        // when the DPO, reading German, declares it again
        var request = inGerman(Map.of("reason", "again"));
        var response = http.exchange("/api/obligations/" + register + "/not-required", HttpMethod.POST, request,
                JsonNode.class);

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("title").asText()).isEqualTo("Pflicht abgeschlossen");
        assertThat(response.getBody().get("detail").asText()).isEqualTo(
                "Diese Pflicht ist abgeschlossen (Status: Nicht erforderlich) und kann nicht mehr geändert werden.");
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
                new PersonalDataAssessed(incident, YesNoUnknown.NO, List.of(), null, "no patient data on PACS", null)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.ofIncident(incident).stream()
                .filter(row -> row.regime().equals("gdpr")).allMatch(row -> !row.status().isRunning()));

        var withoutPersonalData = http.exchange("/api/obligations/data-subject-communications", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("incidentId", incident.toString(), "reasons", "high risk")),
                JsonNode.class);

        assertThat(withoutReasons.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withoutReasons.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/reasons");
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

    private static HttpEntity<Object> inGerman(Object body) {
        var headers = headers("DPO", "h-brugge");
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAcceptLanguageAsLocales(List.of(Locale.GERMAN));
        return new HttpEntity<>(body, headers);
    }
}
