package eu.vigil.command.drill.web;

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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A drill's lessons learned through {@code PUT /api/drills/{id}/lessons} (issue 20, ADR 0022). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillLessonsApiIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final String OTHER_OFFICER = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-lyon");
    private static final String DPO = TestTokens.bearer("u-dpo-1", "DPO", "h-brugge");
    private static final String ADMIN = TestTokens.bearer("u-admin-1", "ADMIN", null);

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void hospitalsAreServed() {
        for (var hospital : List.of("h-brugge", "h-lyon")) {
            var response = http.exchange("/api/hospitals/" + hospital, HttpMethod.PUT, request("""
                    {"name": "%s", "country": "BE", "timeZone": "Europe/Brussels", "language": "nl"}"""
                    .formatted(hospital), ADMIN), String.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        }
    }

    @Test
    void givenAnEndedDrillWhenItsOfficerRecordsLessonsThenTheyAreRecordedAndShownOnTheDrillsPage() {
        String drill = startedDrill();
        http.postForEntity("/api/drills/" + drill + "/end", request("", OFFICER), JsonNode.class);

        var recorded = put(drill, """
                {"text": "Call the PACS vendor within the first hour.\\nKeep the paper request forms ready."}""",
                OFFICER);

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody().get("drillId").asText()).isEqualTo(drill);
        assertThat(storedPayloads(drill)).hasSize(3).last().asString().contains(
                "\"text\":\"Call the PACS vendor within the first hour.\\nKeep the paper request forms ready.\"");
        assertThat(page(drill)).contains("Lessons learned",
                "<p dir=\"auto\">Call the PACS vendor within the first hour.</p>",
                "<p dir=\"auto\">Keep the paper request forms ready.</p>").doesNotContain("No lessons learned");
    }

    @Test
    void givenRecordedLessonsWhenTheSameTextIsSentAgainThenItAnswersTheSameAndRecordsNothingButANewTextReplacesThem() {
        String drill = startedDrill();
        put(drill, """
                {"text": "Escalate earlier."}""", OFFICER);

        var again = put(drill, """
                {"text": "Escalate earlier."}""", OFFICER);
        var replaced = put(drill, """
                {"text": "Escalate within 30 minutes."}""", OFFICER);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(storedPayloads(drill)).hasSize(3);
        assertThat(page(drill)).contains("Escalate within 30 minutes.").doesNotContain("Escalate earlier.");
    }

    @Test
    void givenAnotherHospitalsOrAnUnknownDrillOrAnotherRoleThenNothingIsRecorded() {
        String drill = startedDrill();
        String body = """
                {"text": "Not ours to say."}""";

        assertThat(put(drill, body, OTHER_OFFICER).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("5d0c0de0-0000-4000-8000-00000000dead", body, OFFICER).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put(drill, body, DPO).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(storedPayloads(drill)).hasSize(1);
    }

    @Test
    void givenANullBlankTooLongOrControlCharacterTextThenEachIsRefusedByItsPointerAndNothingIsRecorded() {
        String drill = startedDrill();

        var missing = put(drill, "{}", OFFICER);
        var nullText = put(drill, """
                {"text": null}""", OFFICER);
        var blank = put(drill, """
                {"text": "  \\n "}""", OFFICER);
        var tooLong = put(drill, "{\"text\": \"" + "x".repeat(8001) + "\"}", OFFICER);
        var controlCharacter = put(drill, """
                {"text": "Escalate\\u0007 earlier."}""", OFFICER);
        var number = put(drill, """
                {"text": 42}""", OFFICER);

        for (var refused : List.of(missing, nullText, blank, tooLong, controlCharacter, number)) {
            assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("/text");
        }
        assertThat(storedPayloads(drill)).hasSize(1);
        assertThat(page(drill)).contains("No lessons learned are recorded yet.");
    }

    private String startedDrill() {
        var started = http.postForEntity("/api/drills", request("""
                {"title": "Lessons drill", "scale": 60}""", OFFICER), JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return started.getBody().get("drillId").asText();
    }

    private ResponseEntity<JsonNode> put(String drill, String body, String token) {
        return http.exchange("/api/drills/" + drill + "/lessons", HttpMethod.PUT, request(body, token),
                JsonNode.class);
    }

    private String page(String drill) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(OFFICER);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        var page = http.exchange("/drills/" + drill, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    private List<String> storedPayloads(String drillId) {
        return jdbc.sql("""
                        select convert_from(payload, 'UTF8') from incident.domain_event_entry
                         where aggregate_identifier = :id order by sequence_number""")
                .param("id", drillId).query(String.class).list();
    }

    private static HttpEntity<String> request(String body, String token) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return new HttpEntity<>(body, headers);
    }
}
