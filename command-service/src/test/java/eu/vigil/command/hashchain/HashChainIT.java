package eu.vigil.command.hashchain;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone with write access to PostgreSQL alters an incident's history: the integrity check says where. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class HashChainIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-koeln");
    private static final String DPO = TestTokens.bearer("u-dpo-1", "DPO", "h-koeln");
    private static final String DPO_OF_LYON = TestTokens.bearer("u-dpo-2", "DPO", "h-lyon");
    private static final Instant AWARE = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void koelnIsServed() {
        var body = """
                {"name": "Klinikum Rheinufer", "country": "DE", "timeZone": "Europe/Berlin", "language": "de"}""";
        http.exchange("/api/hospitals/h-koeln", HttpMethod.PUT,
                json(body, TestTokens.bearer("u-admin-1", "ADMIN", null)), String.class);
    }

    @Test
    void anUntouchedHistoryIsIntact() {
        String id = incidentWithThreeEntries();

        var verification = verify(id, DPO);

        assertThat(verification.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(verification.getBody().get("intact").asBoolean()).isTrue();
        assertThat(verification.getBody().get("events").asLong()).isEqualTo(4);
    }

    @Test
    void anAlteredEventIsReportedAsTheFirstBrokenLink() {
        String id = incidentWithThreeEntries();

        tamper("""
                update incident.domain_event_entry
                   set payload = convert_to(replace(convert_from(payload, 'UTF8'), 'entry 2', 'entry X'), 'UTF8')
                 where aggregate_identifier = :id and sequence_number = 2""", id);

        var broken = verify(id, OFFICER).getBody();
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.at("/firstBreak/sequence").asLong()).isEqualTo(2);
        assertThat(broken.at("/firstBreak/problem").asText()).isEqualTo("altered");
        assertThat(broken.at("/firstBreak/eventId").asText()).isEqualTo(eventIdAt(id, 2));
    }

    @Test
    void aDeletedEventIsReportedAsAGap() {
        String id = incidentWithThreeEntries();

        tamper("delete from incident.domain_event_entry where aggregate_identifier = :id and sequence_number = 1", id);

        var broken = verify(id, OFFICER).getBody();
        assertThat(broken.at("/firstBreak/sequence").asLong()).isEqualTo(1);
        assertThat(broken.at("/firstBreak/problem").asText()).isEqualTo("gap");
    }

    @Test
    void anotherHospitalCannotEvenLearnThatTheIncidentExists() {
        String id = incidentWithThreeEntries();

        assertThat(verify(id, DPO_OF_LYON).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String incidentWithThreeEntries() {
        var report = http.postForEntity("/api/incidents", json("""
                {"summary": "Infusion pumps exploited", "awareAt": "%s", "category": "intrusion-attempts/exploit"}"""
                .formatted(AWARE), OFFICER), JsonNode.class);
        String id = report.getBody().get("incidentId").asText();
        for (int entry = 1; entry <= 3; entry++) {
            var appended = http.postForEntity("/api/incidents/" + id + "/timeline", json("""
                    {"kind": "observation", "text": "entry %d", "happenedAt": "%s"}"""
                    .formatted(entry, AWARE.plusSeconds(entry)), OFFICER), JsonNode.class);
            assertThat(appended.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        return id;
    }

    /** The append-only trigger refuses changes; an attacker with superuser rights switches triggers off first. */
    private void tamper(String sql, String id) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            assertThat(jdbc.sql(sql).param("id", id).update()).isEqualTo(1);
        });
    }

    private String eventIdAt(String id, long sequence) {
        return jdbc.sql("""
                select event_identifier from incident.domain_event_entry
                 where aggregate_identifier = :id and sequence_number = :sequence""")
                .param("id", id).param("sequence", sequence).query(String.class).single();
    }

    private ResponseEntity<JsonNode> verify(String id, String token) {
        return http.exchange("/api/incidents/" + id + "/integrity", HttpMethod.GET, json(null, token), JsonNode.class);
    }

    private static HttpEntity<String> json(String body, String token) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return new HttpEntity<>(body, headers);
    }
}
