package eu.vigil.command.drill.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static eu.vigil.command.drill.web.DrillRequests.DPO;
import static eu.vigil.command.drill.web.DrillRequests.OFFICER;
import static eu.vigil.command.drill.web.DrillRequests.OTHER_OFFICER;
import static eu.vigil.command.drill.web.DrillRequests.json;
import static eu.vigil.command.drill.web.DrillRequests.storedPayloads;
import static org.assertj.core.api.Assertions.assertThat;

/** A drill's lessons learned through {@code PUT /api/drills/{id}/lessons} (issue 20, ADR 0022). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillLessonsApiIT {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void hospitalsAreServed() {
        DrillRequests.serveBruggeAndLyon(http);
    }

    @Test
    void givenAnEndedDrillWhenItsOfficerRecordsLessonsThenTheyAreRecordedAndShownOnTheDrillsPage() {
        String drill = startedDrill();
        http.postForEntity("/api/drills/" + drill + "/end", json("", OFFICER), JsonNode.class);

        var recorded = put(drill, """
                {"text": "Call the PACS vendor within the first hour.\\nKeep the paper request forms ready."}""",
                OFFICER);

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody().get("drillId").asText()).isEqualTo(drill);
        assertThat(storedPayloads(jdbc, drill)).hasSize(3).last().asString().contains(
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
        assertThat(storedPayloads(jdbc, drill)).hasSize(3);
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
        assertThat(storedPayloads(jdbc, drill)).hasSize(1);
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
        assertThat(storedPayloads(jdbc, drill)).hasSize(1);
        assertThat(page(drill)).contains("No lessons learned are recorded yet.");
    }

    private String startedDrill() {
        var started = http.postForEntity("/api/drills", json("""
                {"title": "Lessons drill", "scale": 60}""", OFFICER), JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return started.getBody().get("drillId").asText();
    }

    private ResponseEntity<JsonNode> put(String drill, String body, String token) {
        return http.exchange("/api/drills/" + drill + "/lessons", HttpMethod.PUT, json(body, token),
                JsonNode.class);
    }

    private String page(String drill) {
        var page = DrillRequests.page(http, "/drills/" + drill, OFFICER);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }
}
