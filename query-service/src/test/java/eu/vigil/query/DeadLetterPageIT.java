package eu.vigil.query;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's page of the records query-service parked (consumer-kit's page at
 * {@code /admin/dead-letters/query-service}): it lists them, its Replay button replays one and comes back with the
 * outcome, and nobody but an administrator sees or replays anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DeadLetterPageIT {

    private static final String PAGE = "/admin/dead-letters/query-service";
    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${spring.kafka.consumer.group-id}") String group;

    @Test
    void anAdministratorSeesEachParkedRecordWithWhereItCameFromWhyAndAReplayButton() {
        var delivery = reported(IncidentId.generate(), "h-brugge", AWARE);
        long parked = park(delivery);

        var page = http.exchange(PAGE, HttpMethod.GET, as("ADMIN", null), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody())
                .contains("Parked records of query-service", "deploy the fix, then replay")
                .contains("id=\"dead-letter-" + parked + "\"", delivery.eventId().toString(), "IncidentReported",
                        topic, "eu.vigil.query.projection.UnhandledEventException", "not decided yet")
                .contains("action=\"" + PAGE + "/" + parked + "/replay\"", "Replay record " + parked)
                .doesNotContain("Nothing is parked");
    }

    @Test
    void replayingAFixedRecordFromThePageAppliesItRedirectsWithTheNoticeAndTheRecordLeavesTheList() {
        var incident = IncidentId.generate();
        long parked = park(reported(incident, "h-brugge", AWARE));

        var replayed = pressReplay(parked, "ADMIN");

        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(replayed.getHeaders().getLocation()).hasToString(PAGE + "?replayed=" + parked);
        var page = http.exchange(PAGE + "?replayed=" + parked, HttpMethod.GET, as("ADMIN", null), String.class)
                .getBody();
        assertThat(page).contains("Record " + parked + " was replayed and applied")
                .doesNotContain("id=\"dead-letter-" + parked + "\"");
        assertThat(http.exchange("/api/incidents/" + incident, HttpMethod.GET, as("DPO", "h-brugge"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pressReplay(parked, "ADMIN").getHeaders().getLocation()).hasToString(PAGE + "?gone=" + parked);
    }

    @Test
    void aReplayThatFailsAgainComesBackWithTheNewReasonAndTheRecordStaysListed() {
        long poisoned = park(reportedWithSummary(IncidentId.generate(), "NUL\u0000"));

        var failed = pressReplay(poisoned, "ADMIN");

        assertThat(failed.getHeaders().getLocation()).hasToString(PAGE + "?failed=" + poisoned);
        var page = http.exchange(PAGE + "?failed=" + poisoned, HttpMethod.GET, as("ADMIN", null), String.class)
                .getBody();
        assertThat(page).contains("Record " + poisoned + " failed again and stays parked. New reason: "
                        + "org.springframework.dao.DataIntegrityViolationException: <bdi>")
                .contains("id=\"dead-letter-" + poisoned + "\"");
        assertThat(replays(poisoned)).isEqualTo(1);
    }

    @Test
    void nobodyButAnAdministratorSeesThePageOrReplaysARecord() {
        long parked = park(reported(IncidentId.generate(), "h-brugge", AWARE));

        for (var caller : new String[][] {{"DPO", "h-brugge"}, {"SECURITY_OFFICER", "h-brugge"},
                {"CERT_COORDINATOR", null}}) {
            assertThat(http.exchange(PAGE, HttpMethod.GET, as(caller[0], caller[1]), String.class).getStatusCode())
                    .as(caller[0]).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(pressReplay(parked, caller[0], caller[1]).getStatusCode()).as(caller[0])
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(replays(parked)).isZero();
        assertThat(jdbc.sql("select replayed_at is null from query.dead_letter where id = :id").param("id", parked)
                .query(Boolean.class).single()).isTrue();
    }

    private ResponseEntity<String> pressReplay(long id, String role) {
        return pressReplay(id, role, null);
    }

    // as the browser sends the page's form: form-urlencoded, with the gateway's CSRF token (which the service ignores)
    private ResponseEntity<String> pressReplay(long id, String role, String hospital) {
        var request = as(role, hospital);
        var headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW).exchange(
                PAGE + "/" + id + "/replay", HttpMethod.POST, new HttpEntity<>("_csrf=token-of-the-gateway", headers),
                String.class);
    }

    private int replays(long id) {
        return jdbc.sql("select replays from query.dead_letter where id = :id").param("id", id)
                .query(Integer.class).single();
    }

    private static EventEnvelope<IncidentEvent> reportedWithSummary(IncidentId incident, String summary) {
        return ParkedRecords.reportedWithSummary(incident, summary, AWARE);
    }

    private long park(EventEnvelope<IncidentEvent> delivery) {
        return ParkedRecords.park(jdbc, group, topic, delivery);
    }

    private static HttpEntity<Void> as(String role, String hospital) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-" + role.toLowerCase(), role, hospital));
        return new HttpEntity<>(headers);
    }
}
