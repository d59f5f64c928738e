package eu.vigil.command.config;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.AuthorisationMatrix;
import eu.vigil.testsupport.AuthorisationMatrix.Row;
import eu.vigil.testsupport.HostileRequests;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's table of malformed and hostile requests against every write endpoint of the API: a problem naming
 * the field, never a 5xx, and nothing recorded (no event, no hospital changed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class HostileInputIT {

    private static final String OWN = "h-brugge";
    private static final String HOSPITAL = """
            {"name": "AZ Sint-Aurelia Brugge", "country": "BE", "timeZone": "Europe/Brussels", "language": "nl"}""";

    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void theHospitalIsServed() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.bearer("u-admin", "ADMIN", null));
        var response = http.exchange("/api/hospitals/" + OWN, HttpMethod.PUT, new HttpEntity<>(HOSPITAL, headers),
                String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> everyWriteEndpointRefusesHostileInputPreciselyAndRecordsNothing() {
        var incidents = MatrixIncidents.prepare(this::send);
        var rows = new ArrayList<Row>(ApiMatrixRows.of(incidents));
        rows.add(new Row("PUT /api/hospitals/{hospitalId}", "/api/hospitals/" + OWN, HOSPITAL,
                caller -> caller.is("ADMIN") ? 200 : 403));
        return HostileRequests.tests(context, http, rows, AuthorisationMatrix.callers(OWN, "h-lyon"),
                this::recorded);
    }

    @TestFactory
    Stream<DynamicTest> everyFormRefusesHostileTextBesideTheFieldAndRecordsNothing() {
        var incidents = MatrixIncidents.prepare(this::send);
        return HostileRequests.formTests(context, http, FormMatrixRows.of(incidents),
                AuthorisationMatrix.callers(OWN, "h-lyon"), this::recorded);
    }

    private long recorded() {
        long events = Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from incident.domain_event_entry", Long.class));
        List<String> hospitals = jdbc.queryForList("select h::text from incident.hospital h order by 1",
                String.class);
        return events * 31 + hospitals.hashCode();
    }

    private String send(HttpMethod method, String path, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.bearer("u-officer-setup", "SECURITY_OFFICER", OWN));
        var response = http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s: %s", method, path, response.getBody())
                .isTrue();
        return response.getBody().has("id") ? response.getBody().get("id").asText()
                : response.getBody().get("incidentId").asText();
    }
}
