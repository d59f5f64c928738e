package eu.vigil.command.drill.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static eu.vigil.command.drill.web.DrillRequests.OFFICER;
import static eu.vigil.command.drill.web.DrillRequests.OTHER_OFFICER;
import static eu.vigil.command.drill.web.DrillRequests.json;
import static eu.vigil.command.drill.web.DrillRequests.storedPayloads;
import static eu.vigil.command.drill.web.DrillRequests.withKey;
import static org.assertj.core.api.Assertions.assertThat;

/** A hospital's security officer starts and ends a drill (issue 20, ADR 0022). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillApiIT {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void hospitalsAreServed() {
        DrillRequests.serveBruggeAndLyon(http);
    }

    @Test
    void givenAnOfficerWhenStartingADrillOnAScenarioThenItIsRecordedForTheirHospitalAndLocated() {
        var started = post("/api/drills", """
                {"scenario": "ransomware-pacs", "title": "Spring tabletop", "scale": 60}""", OFFICER);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = started.getBody().get("drillId").asText();
        assertThat(started.getHeaders().getLocation()).hasToString("/api/drills/" + id);
        assertThat(storedPayloads(jdbc, id)).singleElement().satisfies(payload -> assertThat(payload)
                .contains("\"hospitalId\":\"h-brugge\"", "\"scenarioId\":\"ransomware-pacs\"",
                        "\"title\":\"Spring tabletop\"", "\"scale\":60"));
    }

    @Test
    void givenParticipantsWhenStartingADrillThenTheyAreRecordedAndAWrongAddressOrTooManyAreRefusedByPointer() {
        var started = post("/api/drills", """
                {"title": "Night shift drill", "scale": 60,
                 "participants": ["anna.dpo@brugge.example", "tabletop@brugge.example", "anna.dpo@brugge.example"]}""",
                OFFICER);
        var wrong = post("/api/drills", """
                {"title": "Drill", "scale": 60, "participants": ["anna.dpo@brugge.example", "not an address"]}""",
                OFFICER);
        var tooMany = post("/api/drills", """
                {"title": "Drill", "scale": 60, "participants": [%s]}""".formatted(String.join(", ",
                java.util.Collections.nCopies(21, "\"p@brugge.example\""))), OFFICER);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(storedPayloads(jdbc, started.getBody().get("drillId").asText())).singleElement().asString()
                .contains("\"participants\":[\"anna.dpo@brugge.example\",\"tabletop@brugge.example\"]");
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(pointer(wrong)).isEqualTo("/participants/1");
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(pointer(tooMany)).isEqualTo("/participants");
        var nullAddress = post("/api/drills", """
                {"title": "Drill", "scale": 60, "participants": ["anna.dpo@brugge.example", null]}""", OFFICER);
        assertThat(nullAddress.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(pointer(nullAddress)).isEqualTo("/participants/1");
        assertThat(jdbc.sql("select count(*) from incident.drill where title = 'Drill' and participants <> ''")
                .query(Long.class).single()).isZero();
    }

    @Test
    void givenADrillWithoutScenarioRetriedUnderItsKeyThenOneDrillIsStarted() {
        var request = withKey(json("""
                {"scenario": null, "title": "Night shift drill", "scale": 1}""", OFFICER), "drill-key-1");

        var first = http.postForEntity("/api/drills", request, JsonNode.class);
        var retry = http.postForEntity("/api/drills", request, JsonNode.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody().get("drillId")).isEqualTo(first.getBody().get("drillId"));
        assertThat(storedPayloads(jdbc, first.getBody().get("drillId").asText())).hasSize(1);
    }

    @Test
    void givenAStartedDrillWhenItsKeyIsSentWithAnotherBodyThenItIsRefusedAndNothingIsRecorded() {
        var first = http.postForEntity("/api/drills", withKey(json("""
                {"scenario": null, "title": "Night shift drill", "scale": 1}""", OFFICER), "drill-key-2"),
                JsonNode.class);

        var reused = http.postForEntity("/api/drills", withKey(json("""
                {"scenario": null, "title": "Day shift drill", "scale": 1}""", OFFICER), "drill-key-2"),
                JsonNode.class);

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:idempotency-key-reused");
        assertThat(storedPayloads(jdbc, first.getBody().get("drillId").asText())).hasSize(1);
    }

    @Test
    void givenAnUnknownScenarioAScaleOutOfBoundsOrAControlCharacterInTheTitleThenEachIsRefusedByItsPointer() {
        var unknownScenario = post("/api/drills", """
                {"scenario": "alien-invasion", "title": "Drill", "scale": 60}""", OFFICER);
        var tooFast = post("/api/drills", """
                {"title": "Drill", "scale": 1441}""", OFFICER);
        var stopped = post("/api/drills", """
                {"title": "Drill", "scale": 0}""", OFFICER);
        var controlCharacter = post("/api/drills", """
                {"title": "Drill\\u0007", "scale": 60}""", OFFICER);
        var scaleAsText = post("/api/drills", """
                {"title": "Drill", "scale": "60"}""", OFFICER);

        assertThat(List.of(unknownScenario, tooFast, stopped, controlCharacter, scaleAsText))
                .extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.BAD_REQUEST);
        assertThat(pointer(unknownScenario)).isEqualTo("/scenario");
        assertThat(pointer(tooFast)).isEqualTo("/scale");
        assertThat(pointer(stopped)).isEqualTo("/scale");
        assertThat(pointer(controlCharacter)).isEqualTo("/title");
        assertThat(pointer(scaleAsText)).isEqualTo("/scale");
    }

    @Test
    void givenAStartedDrillWhenItsOfficerEndsItThenItEndsOnceAndAnotherHospitalCannotEndIt() {
        String id = post("/api/drills", """
                {"title": "Drill", "scale": 60}""", OFFICER).getBody().get("drillId").asText();

        var byAnotherHospital = post("/api/drills/" + id + "/end", "", OTHER_OFFICER);
        var ended = post("/api/drills/" + id + "/end", "", OFFICER);
        var endedAgain = post("/api/drills/" + id + "/end", "", OFFICER);
        var unknown = post("/api/drills/5d0c0de0-0000-4000-8000-00000000dead/end", "", OFFICER);

        assertThat(byAnotherHospital.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(endedAgain.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(storedPayloads(jdbc, id)).hasSize(2);
    }

    @Test
    void givenARunningDrillThenItIsNotArchivedUntilEndedAndThenOnceAndNeverByAnotherHospital() {
        String id = post("/api/drills", """
                {"title": "Drill", "scale": 60}""", OFFICER).getBody().get("drillId").asText();

        var whileRunning = post("/api/drills/" + id + "/archive", "", OFFICER);
        post("/api/drills/" + id + "/end", "", OFFICER);
        var byAnotherHospital = post("/api/drills/" + id + "/archive", "", OTHER_OFFICER);
        var archived = post("/api/drills/" + id + "/archive", "", OFFICER);
        var archivedAgain = post("/api/drills/" + id + "/archive", "", OFFICER);

        assertThat(whileRunning.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(whileRunning.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:drill-running");
        assertThat(byAnotherHospital.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(archived.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(archivedAgain.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(storedPayloads(jdbc, id)).hasSize(3).last().asString().contains("archivedAt");
    }

    private ResponseEntity<JsonNode> post(String path, String body, String token) {
        return http.postForEntity(path, json(body, token), JsonNode.class);
    }

    private static String pointer(ResponseEntity<JsonNode> problem) {
        return problem.getBody().get("errors").get(0).get("pointer").asText();
    }
}
