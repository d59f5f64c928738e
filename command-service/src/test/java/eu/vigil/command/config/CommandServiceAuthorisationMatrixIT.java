package eu.vigil.command.config;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.AuthorisationMatrix;
import eu.vigil.testsupport.AuthorisationMatrix.Row;
import eu.vigil.testsupport.HostileForms;
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
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint × every kind of caller, with the exact status (issue 4), and the hostile-input table (issue 12). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CommandServiceAuthorisationMatrixIT {

    private static final String OWN = "h-brugge";
    private static final String OTHER = "h-lyon";
    private static final String HOSPITAL = """
            {"name": "AZ Sint-Aurelia Brugge", "country": "BE", "timeZone": "Europe/Brussels", "language": "nl"}""";

    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void bothHospitalsAreServed() {
        for (String hospital : List.of(OWN, OTHER)) {
            var headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setBearerAuth(TestTokens.bearer("u-admin", "ADMIN", null));
            var response = http.exchange("/api/hospitals/" + hospital, HttpMethod.PUT,
                    new HttpEntity<>(HOSPITAL, headers), String.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerExactly() {
        return AuthorisationMatrix.tests(context, http, rows(), AuthorisationMatrix.callers(OWN, OTHER));
    }

    /**
     * Issue 12's table of malformed and hostile requests against every write endpoint and form: a problem naming the
     * field (a form shown again with the error beside it), never a 5xx, and nothing recorded.
     */
    @TestFactory
    Stream<DynamicTest> everyWriteEndpointRefusesHostileInputPreciselyAndRecordsNothing() {
        var rows = rows();
        var callers = AuthorisationMatrix.callers(OWN, OTHER);
        return Stream.concat(HostileRequests.tests(context, http, rows, callers, this::recorded),
                HostileForms.tests(context, http, rows, callers, this::recorded));
    }

    private List<Row> rows() {
        var incidents = MatrixIncidents.prepare(this::send);
        var rows = new ArrayList<Row>(ApiMatrixRows.of(incidents));
        rows.addAll(FormMatrixRows.of(incidents));
        rows.addAll(List.of(
                // the OpenAPI document (issue 15): anyone logged in reads it, whatever the role or hospital
                new Row("GET /v3/api-docs", "/v3/api-docs", null, caller -> 200),
                new Row("GET /v3/api-docs.yaml", "/v3/api-docs.yaml", null, caller -> 200),
                new Row("GET /api/hospitals", "/api/hospitals", null,
                        caller -> caller.is("ADMIN") ? 200 : 403),
                new Row("PUT /api/hospitals/{hospitalId}", "/api/hospitals/" + OWN, HOSPITAL,
                        caller -> caller.is("ADMIN") ? 200 : 403),
                // each hospital's staff see their own hospital's page, whichever hospital that is
                new Row("GET /hospital", "/hospital", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403),
                new Row("GET /admin/dead-letters/command-service", "/admin/dead-letters/command-service", null,
                        caller -> caller.is("ADMIN") ? 200 : 403),
                // drill scenarios are for whoever may start a drill, of any hospital (issue 20)
                new Row("GET /api/drill-scenarios", "/api/drill-scenarios", null,
                        caller -> caller.is("ADMIN") || caller.is("SECURITY_OFFICER") ? 200 : 403),
                // a drill is started and ended by a hospital's security officer, in their own hospital; an
                // administrator has none (ADR 0022)
                new Row("POST /api/drills", "/api/drills", """
                        {"scenario": "ransomware-pacs", "title": "Matrix drill", "scale": 60,
                         "participants": ["tabletop@own.example"]}""",
                        caller -> caller.is("SECURITY_OFFICER") ? 201 : 403),
                new Row("POST /api/drills/{id}/end", "/api/drills/" + ownDrill() + "/end", null,
                        caller -> caller.isOwn("SECURITY_OFFICER") ? 200 : caller.is("SECURITY_OFFICER") ? 404 : 403),
                new Row("PUT /api/drills/{id}/lessons", "/api/drills/" + ownDrill() + "/lessons", """
                        {"text": "Call the PACS vendor earlier."}""",
                        caller -> caller.isOwn("SECURITY_OFFICER") ? 200 : caller.is("SECURITY_OFFICER") ? 404 : 403),
                new Row("POST /api/drills/{id}/archive", "/api/drills/" + endedDrill() + "/archive", null,
                        caller -> caller.isOwn("SECURITY_OFFICER") ? 200 : caller.is("SECURITY_OFFICER") ? 404 : 403),
                // deleting an ended drill (ADR 0023): as archiving it
                new Row("DELETE /api/drills/{id}", "/api/drills/" + endedDrill(), null,
                        caller -> caller.isOwn("SECURITY_OFFICER") ? 204 : caller.is("SECURITY_OFFICER") ? 404 : 403)));
        rows.addAll(drillPageRows());
        return rows;
    }

    /** The drills' pages (issue 20): the security officer's, each of their own hospital; another's drill is a 404. */
    private List<Row> drillPageRows() {
        String drill = "/drills/" + ownDrill();
        return List.of(
                new Row("GET /drills", "/drills", null, caller -> caller.is("SECURITY_OFFICER") ? 200 : 403),
                new Row("GET /drills/new", "/drills/new", null, caller -> caller.is("SECURITY_OFFICER") ? 200 : 403),
                Row.form("POST /drills/new", "/drills/new", "scenario=ransomware-pacs&title=Matrix+drill"
                                + "&clock=hour-in-a-minute&participants=tabletop%40own.example&requestToken="
                                + UUID.randomUUID(),
                        caller -> caller.is("SECURITY_OFFICER") ? 302 : 403),
                new Row("GET /drills/{id}", drill, null,
                        caller -> caller.isOwn("SECURITY_OFFICER") ? 200 : caller.is("SECURITY_OFFICER") ? 404 : 403),
                new Row("POST /drills/{id}/end", drill + "/end", null,
                        caller -> caller.isOwn("SECURITY_OFFICER") ? 302 : caller.is("SECURITY_OFFICER") ? 404 : 403),
                new Row("POST /drills/{id}/archive", "/drills/" + endedDrill() + "/archive", null,
                        caller -> caller.isOwn("SECURITY_OFFICER") ? 302 : caller.is("SECURITY_OFFICER") ? 404 : 403),
                Row.form("POST /drills/{id}/delete", "/drills/" + endedDrill() + "/delete", "confirm=yes",
                        caller -> caller.isOwn("SECURITY_OFFICER") ? 302 : caller.is("SECURITY_OFFICER") ? 404 : 403),
                Row.form("POST /drills/{id}/lessons", drill + "/lessons", "text=Call+the+PACS+vendor+earlier.",
                        caller -> caller.isOwn("SECURITY_OFFICER") ? 302 : caller.is("SECURITY_OFFICER") ? 404 : 403));
    }

    private long recorded() {
        // the events ever appended, not the rows: a deleted drill's rows leave the table (ADR 0023) while a case runs
        long events = Objects.requireNonNull(jdbc.queryForObject(
                "select last_value from incident.domain_event_entry_global_index_seq", Long.class));
        List<String> hospitals = jdbc.queryForList("select h::text from incident.hospital h order by 1",
                String.class);
        return events * 31 + hospitals.hashCode();
    }

    private String ownDrill() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.bearer("u-officer-setup", "SECURITY_OFFICER", OWN));
        var response = http.exchange("/api/drills", HttpMethod.POST, new HttpEntity<>("""
                {"title": "Matrix drill", "scale": 60}""", headers), JsonNode.class);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        return response.getBody().get("drillId").asText();
    }

    private String endedDrill() {
        String drill = ownDrill();
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-officer-setup", "SECURITY_OFFICER", OWN));
        assertThat(http.exchange("/api/drills/" + drill + "/end", HttpMethod.POST, new HttpEntity<>(headers),
                JsonNode.class).getStatusCode().value()).isEqualTo(200);
        return drill;
    }

    /** @return the id of the incident, entry or indicator the request created */
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
