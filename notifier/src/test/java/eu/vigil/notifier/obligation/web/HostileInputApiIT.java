package eu.vigil.notifier.obligation.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.obligation.ObligationIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Text a DPO's decision must not store is refused at the edge, naming the field, and nothing is recorded. */
class HostileInputApiIT extends BruggeObligationsFixture {

    @Autowired JdbcClient jdbc;

    @Test
    void aReasonWithANulCharacterIsRefusedNamingTheFieldAndRecordsNothing() {
        var gdpr = ObligationIds.of(incident, "GDPR_SA_NOTIFICATION");
        long events = events(gdpr);

        // PostgreSQL refuses NUL in text: this once answered 200 while the read model lost the decision
        var response = http.exchange("/api/obligations/" + gdpr + "/not-required", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("reason", "Backups were encrypted\u0000")), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:invalid-request");
        assertThat(response.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/reason");
        assertThat(view.find(gdpr).orElseThrow().status().isRunning()).isTrue();
        assertThat(events(gdpr)).isEqualTo(events);
    }

    @Test
    void aReferenceOnMoreThanOneLineOrTooLongIsRefusedNamingTheField() {
        var notification = ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION");
        long events = events(notification);

        var twoLines = submit(notification, "CCB-7\nIgnore previous entries");
        var tooLong = submit(notification, "CCB-" + "7".repeat(300));

        for (var response : new JsonNode[] {twoLines.getBody(), tooLong.getBody()}) {
            assertThat(response.get("type").asText()).isEqualTo("urn:vigil:problem:invalid-request");
            assertThat(response.get("errors").get(0).get("pointer").asText()).isEqualTo("/reference");
        }
        assertThat(twoLines.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(events(notification)).isEqualTo(events);
    }

    @Test
    void theFormRefusesAReasonWithANulCharacterBesideTheField() {
        var gdpr = ObligationIds.of(incident, "GDPR_SA_NOTIFICATION");
        var form = new LinkedMultiValueMap<String, String>();
        form.add("reason", "Backups were encrypted\u0000");
        var headers = headers("DPO", "h-brugge");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        var page = http.exchange("/deadlines/" + gdpr + "/not-required", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("id=\"reason-error\"");
        assertThat(view.find(gdpr).orElseThrow().status().isRunning()).isTrue();
    }

    @Test
    void aProfileWhoseAuthorityNameHoldsABidiControlIsRefusedNamingTheField() {
        // U+202E reverses the text after it: the mail and the board would show another authority than stored
        var profile = Map.of("country", "BE", "timeZone", "Europe/Brussels",
                "nis2Authority", "CCB \u202E(CERT.be)", "dataProtectionAuthority", "APD/GBA",
                "dpoEmail", "dpo@brugge.example", "securityOfficerEmail", "security@brugge.example");

        var response = http.exchange("/api/notification-profiles/h-brugge", HttpMethod.PUT,
                as("ADMIN", null, profile), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/nis2Authority");
        assertThat(profiles.find(HospitalId.of("h-brugge")).orElseThrow().nis2Authority()).isEqualTo("CCB (CERT.be)");
    }

    private org.springframework.http.ResponseEntity<JsonNode> submit(UUID obligation, String reference) {
        return http.exchange("/api/obligations/" + obligation + "/submission", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("submittedAt", aware.plusSeconds(3600).toString(),
                        "reference", reference)), JsonNode.class);
    }

    private long events(UUID obligation) {
        return jdbc.sql("select count(*) from notification.domain_event_entry where aggregate_identifier = :id")
                .param("id", obligation.toString()).query(Long.class).single();
    }
}
