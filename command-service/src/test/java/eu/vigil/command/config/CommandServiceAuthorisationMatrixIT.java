package eu.vigil.command.config;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.AuthorisationMatrix;
import eu.vigil.testsupport.AuthorisationMatrix.Caller;
import eu.vigil.testsupport.AuthorisationMatrix.Row;
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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint × every kind of caller, with the exact status (issue 4). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CommandServiceAuthorisationMatrixIT {

    private static final String OWN = "h-brugge";
    private static final String OTHER = "h-lyon";
    // whole minutes, and well before the form times below (typed to the minute, an hour ago)
    private static final String AWARE = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES)
            .toString();
    private static final String HOSPITAL = """
            {"name": "AZ Sint-Aurelia Brugge", "country": "BE", "timeZone": "Europe/Brussels", "language": "nl"}""";

    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext context;

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
        var report = """
                {"summary": "PACS encrypted", "awareAt": "%s", "category": "malicious-code/infected-system"}"""
                .formatted(AWARE);
        String incident = "/api/incidents/" + reportAsOwnOfficer(report);
        String contained = "/api/incidents/" + reportAsOwnOfficer(report);
        send(HttpMethod.POST, contained + "/phase-changes", "{\"phase\": \"containment\"}");
        String shared = "/api/incidents/" + reportAsOwnOfficer(report);
        send(HttpMethod.PUT, shared + "/share", "{\"tlp\": \"green\", \"summary\": \"Phishing wave\"}");
        String indicator = incident + "/indicators/" + send(HttpMethod.POST, incident + "/indicators",
                "{\"type\": \"domain\", \"value\": \"withdraw-me.example\", \"tlp\": \"amber\"}");
        String entry = """
                {"kind": "observation", "text": "Beacon seen", "happenedAt": "%s"}""".formatted(AWARE);
        String reason = "{\"reason\": \"False positive\"}";
        String contained2 = "/incidents/" + reportAsOwnOfficer(report);
        send(HttpMethod.POST, "/api" + contained2 + "/phase-changes", "{\"phase\": \"containment\"}");
        String shared2 = "/incidents/" + reportAsOwnOfficer(report);
        send(HttpMethod.PUT, "/api" + shared2 + "/share", "{\"tlp\": \"green\", \"summary\": \"Phishing wave\"}");
        String page = incident.substring("/api".length());
        String entryId = send(HttpMethod.POST, incident + "/timeline", entry);
        String toCorrect = send(HttpMethod.POST, incident + "/indicators",
                "{\"type\": \"domain\", \"value\": \"correct-me.example\", \"tlp\": \"amber\"}");
        String toWithdraw = send(HttpMethod.POST, incident + "/indicators",
                "{\"type\": \"domain\", \"value\": \"withdraw-me-too.example\", \"tlp\": \"amber\"}");
        String local = LocalDateTime.now(ZoneId.of("Europe/Brussels")).minusHours(1).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        String token = "&requestToken=" + UUID.randomUUID();
        // a security officer always reports for the hospital in the token, so 'another hospital' reports its own
        var rows = List.of(
                new Row("POST /api/incidents", "/api/incidents", report,
                        caller -> caller.is("SECURITY_OFFICER") ? 201 : 403),
                new Row("POST /api/incidents/{id}/awareness-corrections", incident + "/awareness-corrections",
                        "{\"awareAt\": \"%s\", \"reason\": \"Unchanged\"}".formatted(AWARE),
                        ownIncident(200, "SECURITY_OFFICER")),
                new Row("PUT /api/incidents/{id}/classification", incident + "/classification",
                        "{\"category\": \"malicious-code/infected-system\", \"severity\": \"high\"}",
                        ownIncident(200, "SECURITY_OFFICER")),
                new Row("PUT /api/incidents/{id}/impact", incident + "/impact",
                        "{\"patientCareImpact\": \"degraded\"}", ownIncident(200, "SECURITY_OFFICER")),
                new Row("PUT /api/incidents/{id}/personal-data", incident + "/personal-data",
                        "{\"involved\": \"unknown\"}", ownIncident(200, "SECURITY_OFFICER", "DPO")),
                new Row("PUT /api/incidents/{id}/significance", incident + "/significance",
                        "{\"significance\": \"undecided\"}", ownIncident(200, "SECURITY_OFFICER", "DPO")),
                new Row("POST /api/incidents/{id}/phase-changes", incident + "/phase-changes",
                        "{\"phase\": \"analysis\"}", ownIncident(200, "SECURITY_OFFICER")),
                new Row("POST /api/incidents/{id}/reopenings", contained + "/reopenings",
                        "{\"phase\": \"analysis\", \"reason\": \"Too early\"}", ownIncident(200, "SECURITY_OFFICER")),
                new Row("POST /api/incidents/{id}/timeline", incident + "/timeline", entry,
                        ownIncident(201, "SECURITY_OFFICER")),
                new Row("POST /api/incidents/{id}/indicators", incident + "/indicators",
                        "{\"type\": \"ipv4\", \"value\": \"203.0.113.9\", \"tlp\": \"green\"}",
                        ownIncident(201, "SECURITY_OFFICER")),
                new Row("POST /api/incidents/{id}/indicators/{indicatorId}/withdrawal", indicator + "/withdrawal",
                        reason, ownIncident(200, "SECURITY_OFFICER")),
                new Row("PUT /api/incidents/{id}/share", incident + "/share",
                        "{\"tlp\": \"clear\", \"summary\": \"Beaconing to a C2 server\"}",
                        ownIncident(200, "SECURITY_OFFICER")),
                new Row("POST /api/incidents/{id}/share/withdrawal", shared + "/share/withdrawal", reason,
                        ownIncident(200, "SECURITY_OFFICER")),
                new Row("GET /api/incidents/{id}/integrity", incident + "/integrity", null,
                        ownIncident(200, "SECURITY_OFFICER", "DPO")),
                // the forms: the same rules as the API, a page (200) for GET and a redirect (302) after a post
                new Row("GET /incidents/new", "/incidents/new", null,
                        caller -> caller.is("SECURITY_OFFICER") ? 200 : 403),
                Row.form("POST /incidents/new", "/incidents/new",
                        "summary=Phishing&category=fraud%2Fphishing&awareAt=" + local + token,
                        caller -> caller.is("SECURITY_OFFICER") ? 302 : 403),
                new Row("GET /incidents/{id}/timeline/new", page + "/timeline/new", null,
                        ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/timeline/new", page + "/timeline/new",
                        "kind=action&text=Isolated&happenedAt=" + local + token, ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/timeline/{entryId}/correction",
                        page + "/timeline/" + entryId + "/correction", null, ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/timeline/{entryId}/correction",
                        page + "/timeline/" + entryId + "/correction",
                        "kind=action&text=Isolated&correctionReason=Typo&happenedAt=" + local + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/indicators/new", page + "/indicators/new", null,
                        ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/indicators/new", page + "/indicators/new",
                        "type=ipv4&value=198.51.100.7&tlp=green" + token, ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/indicators/{indicatorId}/correction",
                        page + "/indicators/" + toCorrect + "/correction", null, ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/indicators/{indicatorId}/correction",
                        page + "/indicators/" + toCorrect + "/correction",
                        "type=domain&value=corrected.example&tlp=amber&correctionReason=Typo" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/indicators/{indicatorId}/withdrawal",
                        page + "/indicators/" + toWithdraw + "/withdrawal", null, ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/indicators/{indicatorId}/withdrawal",
                        page + "/indicators/" + toWithdraw + "/withdrawal", "reason=Our+VPN" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/classification", page + "/classification", null,
                        ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/classification", page + "/classification",
                        "category=malicious-code%2Finfected-system&severity=critical" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/impact", page + "/impact", null, ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/impact", page + "/impact", "patientCareImpact=none" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/personal-data", page + "/personal-data", null,
                        ownIncident(200, "SECURITY_OFFICER", "DPO")),
                Row.form("POST /incidents/{id}/personal-data", page + "/personal-data", "involved=no" + token,
                        ownIncident(302, "SECURITY_OFFICER", "DPO")),
                new Row("GET /incidents/{id}/significance", page + "/significance", null,
                        ownIncident(200, "SECURITY_OFFICER", "DPO")),
                Row.form("POST /incidents/{id}/significance", page + "/significance", "significance=yes" + token,
                        ownIncident(302, "SECURITY_OFFICER", "DPO")),
                new Row("GET /incidents/{id}/awareness", page + "/awareness", null,
                        ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/awareness", page + "/awareness",
                        "reason=Unchanged&awareAt=" + local + token, ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/phase", page + "/phase", null, ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/phase", page + "/phase", "phase=eradication" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/reopening", contained2 + "/reopening",
                        "phase=analysis&note=Too+early" + token, ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/share", page + "/share", null, ownIncident(200, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/share", page + "/share", "tlp=green&summary=C2+beacon" + token,
                        ownIncident(302, "SECURITY_OFFICER")),
                Row.form("POST /incidents/{id}/share/withdrawal", shared2 + "/share/withdrawal",
                        "reason=Mistake" + token, ownIncident(302, "SECURITY_OFFICER")),
                new Row("GET /incidents/{id}/integrity", page + "/integrity", null,
                        ownIncident(200, "SECURITY_OFFICER", "DPO")),
                new Row("GET /api/hospitals", "/api/hospitals", null,
                        caller -> caller.is("ADMIN") ? 200 : 403),
                new Row("PUT /api/hospitals/{hospitalId}", "/api/hospitals/" + OWN, HOSPITAL,
                        caller -> caller.is("ADMIN") ? 200 : 403),
                // each hospital's staff see their own hospital's page, whichever hospital that is
                new Row("GET /hospital", "/hospital", null,
                        caller -> caller.is("SECURITY_OFFICER") || caller.is("DPO") ? 200 : 403));
        return AuthorisationMatrix.tests(context, http, rows, AuthorisationMatrix.callers(OWN, OTHER));
    }

    /** The own hospital's staff in these roles succeed; the same roles elsewhere learn nothing (404); others 403. */
    private static ToIntFunction<Caller> ownIncident(int success, String... roles) {
        return caller -> caller.isOwn(roles) ? success
                : Arrays.stream(roles).anyMatch(caller::is) ? 404 : 403;
    }

    private String reportAsOwnOfficer(String report) {
        return send(HttpMethod.POST, "/api/incidents", report);
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
