package eu.vigil.notifier.obligation.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.notifier.obligation.ObligationIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a DPO reads and records of an obligation through the API. */
class ObligationApiIT extends BruggeObligationsFixture {

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
        assertThat(response.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/reasonForDelay");
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
    void anotherHospitalsObligationIsNotFound() {
        var earlyWarning = ObligationIds.of(incident, "NIS2_EARLY_WARNING");

        var response = http.exchange("/api/obligations/" + earlyWarning, HttpMethod.GET,
                as("DPO", "h-lyon", null), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:obligation-not-found");
    }

    private static JsonNode find(JsonNode list, String ruleId) {
        for (JsonNode obligation : list) {
            if (obligation.get("ruleId").asText().equals(ruleId)) {
                return obligation;
            }
        }
        throw new AssertionError("No " + ruleId + " in " + list);
    }
}
