package eu.vigil.command.drill.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static eu.vigil.command.drill.web.DrillRequests.OFFICER;
import static eu.vigil.command.drill.web.DrillRequests.OTHER_OFFICER;
import static eu.vigil.command.drill.web.DrillRequests.json;
import static eu.vigil.command.drill.web.DrillRequests.page;
import static eu.vigil.command.drill.web.DrillRequests.postForm;
import static org.assertj.core.api.Assertions.assertThat;

/** Deleting a drill from its page (ADR 0023): an ended drill's, once the officer ticked that it is for good. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillDeletionPageIT {

    private static final String DELETE_BUTTON = "Delete the drill";

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void hospitalsAreServed() {
        DrillRequests.serveBruggeAndLyon(http);
    }

    @Test
    void givenAnEndedDrillsPage_whenTheOfficerTicksTheBoxAndDeletesIt_thenTheyLandOnTheListWithoutIt() {
        UUID drill = started();
        assertThat(page(http, "/drills/" + drill, OFFICER).getBody()).doesNotContain(DELETE_BUTTON);
        end(drill);
        assertThat(page(http, "/drills/" + drill, OFFICER).getBody()).contains(DELETE_BUTTON,
                "I understand that the drill cannot be brought back.");

        var deleted = postForm(http, "/drills/" + drill + "/delete", "confirm=yes", OFFICER);

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(deleted.getHeaders().getLocation().toString()).endsWith("/drills");
        assertThat(page(http, "/drills", OFFICER).getBody()).doesNotContain("/drills/" + drill);
        assertThat(page(http, "/drills/" + drill, OFFICER).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void givenAnEndedDrill_whenTheDeletionIsPostedWithoutTheTickedBox_thenThePageShowsAgainAndNothingIsDeleted() {
        UUID drill = started();
        end(drill);

        var unconfirmed = postForm(http, "/drills/" + drill + "/delete", "", OFFICER);
        var forged = postForm(http, "/drills/" + drill + "/delete", "confirm=true", OFFICER);

        assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(unconfirmed.getBody()).contains("field-error",
                "Tick the box to confirm that the drill is to be deleted for good.", DELETE_BUTTON);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forged.getBody()).contains("id=\"confirm-error\"");
        assertThat(storedTypes(drill)).doesNotContain("eu.vigil.contracts.drill.DrillDeleted");
    }

    @Test
    void givenARunningDrillOrAnotherHospitals_whenTheDeletionIsPosted_thenNothingIsDeleted() {
        UUID running = started();
        UUID ended = started();
        end(ended);

        var runningAnswer = postForm(http, "/drills/" + running + "/delete", "confirm=yes", OFFICER);
        var anotherHospitals = postForm(http, "/drills/" + ended + "/delete", "confirm=yes", OTHER_OFFICER);

        assertThat(runningAnswer.getHeaders().getLocation().toString()).endsWith("/drills/" + running);
        assertThat(anotherHospitals.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedTypes(running)).doesNotContain("eu.vigil.contracts.drill.DrillDeleted");
        assertThat(storedTypes(ended)).doesNotContain("eu.vigil.contracts.drill.DrillDeleted");
    }

    private UUID started() {
        var response = http.postForEntity("/api/drills", json("""
                {"title": "Deletion drill", "scale": 60}""", OFFICER), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(response.getBody().get("drillId").asText());
    }

    private void end(UUID drill) {
        assertThat(http.postForEntity("/api/drills/" + drill + "/end", json("", OFFICER), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private List<String> storedTypes(UUID drill) {
        return jdbc.sql("select payload_type from incident.domain_event_entry where aggregate_identifier = :id")
                .param("id", drill.toString()).query(String.class).list();
    }
}
