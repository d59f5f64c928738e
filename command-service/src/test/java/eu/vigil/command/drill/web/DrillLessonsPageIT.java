package eu.vigil.command.drill.web;

import eu.vigil.command.drill.StartDrill;
import eu.vigil.contracts.HospitalId;
import eu.vigil.testsupport.RealInfrastructure;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.UUID;

import static eu.vigil.command.drill.web.DrillRequests.OFFICER;
import static eu.vigil.command.drill.web.DrillRequests.OTHER_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

/** The drill page's lessons-learned form (issue 20, ADR 0022): record, replace, refuse with the error beside it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillLessonsPageIT {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired CommandGateway commands;
    @Autowired Clock clock;

    @BeforeEach
    void hospitalsAreServed() {
        DrillRequests.serveBruggeAndLyon(http);
    }

    @Test
    void givenADrillWithoutLessonsThenItsPageSaysSoAndOffersALabelledFormWithoutARequestToken() {
        UUID drill = startedDrill();

        var page = get("/drills/" + drill, OFFICER).getBody();

        assertThat(page).contains("Lessons learned", "No lessons learned are recorded yet.",
                "action=\"/drills/" + drill + "/lessons\"", "<label for=\"text\">What the drill taught you</label>",
                "Record the lessons learned");
        assertThat(lessonsForm(page)).doesNotContain("requestToken");
    }

    @Test
    void givenTheFormWhenTheOfficerRecordsAndThenReplacesLessonsThenTheyLandOnTheDrillPageShowingTheLatest() {
        UUID drill = startedDrill();

        var recorded = post("/drills/" + drill + "/lessons",
                "text=Escalate+earlier.", OFFICER);
        var submittedTwice = post("/drills/" + drill + "/lessons",
                "text=Escalate+earlier.", OFFICER);

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(recorded.getHeaders().getLocation()).hasToString("/drills/" + drill);
        assertThat(submittedTwice.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(storedEvents(drill)).isEqualTo(2);
        assertThat(get("/drills/" + drill, OFFICER).getBody()).contains("<p dir=\"auto\">Escalate earlier.</p>",
                "Replace the lessons learned").doesNotContain("No lessons learned are recorded yet.");

        var replaced = post("/drills/" + drill + "/lessons",
                "text=Escalate+within+30+minutes.", OFFICER);

        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(storedEvents(drill)).isEqualTo(3);
        assertThat(get("/drills/" + drill, OFFICER).getBody()).contains("Escalate within 30 minutes.")
                .doesNotContain("<p dir=\"auto\">Escalate earlier.</p>");
    }

    @Test
    void givenAnEmptyTextThenTheDrillPageComesBackWithTheErrorSummaryAndNothingIsRecorded() {
        UUID drill = startedDrill();

        var refused = post("/drills/" + drill + "/lessons", "text=++", OFFICER);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("error-summary", "href=\"#text\"", "field-error",
                "aria-invalid=\"true\"");
        assertThat(storedEvents(drill)).isEqualTo(1);
    }

    @Test
    void givenAnotherHospitalsOfficerWhenPostingLessonsThenTheDrillIsNotFoundAndNothingIsRecorded() {
        UUID drill = startedDrill();

        var refused = post("/drills/" + drill + "/lessons", "text=Ours.",
                OTHER_OFFICER);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedEvents(drill)).isEqualTo(1);
    }

    private static String lessonsForm(String page) {
        int start = page.indexOf("<section id=\"lessons\"");
        return page.substring(start, page.indexOf("</section>", start));
    }

    private UUID startedDrill() {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new StartDrill(id, HospitalId.of("h-brugge"), null, "Lessons drill", 60,
                clock.instant()));
        return id;
    }

    private long storedEvents(UUID drill) {
        return jdbc.sql("select count(*) from incident.domain_event_entry where aggregate_identifier = :id")
                .param("id", drill.toString()).query(Long.class).single();
    }

    private ResponseEntity<String> get(String path, String token) {
        return DrillRequests.page(http, path, token);
    }

    private ResponseEntity<String> post(String path, String form, String token) {
        return DrillRequests.postForm(http, path, form, token);
    }
}
