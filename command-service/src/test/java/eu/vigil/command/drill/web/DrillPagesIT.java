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
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static eu.vigil.command.drill.web.DrillRequests.DPO;
import static eu.vigil.command.drill.web.DrillRequests.OFFICER;
import static eu.vigil.command.drill.web.DrillRequests.OTHER_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages a security officer runs a drill on (issue 20, ADR 0022): start, follow its injects, report, end. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillPagesIT {

    private static final Pattern DRILL_PAGE = Pattern.compile("/drills/([0-9a-f-]{36})$");
    private static final Pattern INCIDENT_PAGE = Pattern.compile("/incidents/([0-9a-f-]{36})\\?seen=\\d+$");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern DESCRIBED_BY = Pattern.compile("aria-describedby=\"([^\"]*)\"");
    private static final String REPORT_BUTTON = "Report an incident in this drill";

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired CommandGateway commands;
    @Autowired Clock clock;

    @BeforeEach
    void hospitalsAreServed() {
        DrillRequests.serveBruggeAndLyon(http);
    }

    @Test
    void givenTheStartFormWhenAnOfficerStartsAScenarioAnHourInAMinuteThenTheyLandOnTheDrillsPage() {
        var form = get("/drills/new", OFFICER);
        assertThat(form.getBody()).contains("Ransomware on the imaging systems (PACS)", "name=\"requestToken\"",
                "EXERCISE");

        var started = post("/drills/new", "scenario=ransomware-pacs&title=Spring+tabletop&clock=hour-in-a-minute"
                + "&requestToken=" + UUID.randomUUID(), OFFICER);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        var id = DRILL_PAGE.matcher(started.getHeaders().getLocation().toString());
        assertThat(id.find()).as("%s", started.getHeaders().getLocation()).isTrue();
        var page = get("/drills/" + id.group(1), OFFICER);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Spring tabletop", "EXERCISE",
                "nothing of it is sent to an authority or to the sector CERT", "1 hour = 1 minute",
                "the radiology department loses its image archive", "Radiology calls the service desk",
                REPORT_BUTTON);
        assertThat(jdbc.sql("select scale from incident.drill where drill_id = :id")
                .param("id", UUID.fromString(id.group(1))).query(Integer.class).single()).isEqualTo(60);
    }

    @Test
    void givenTheStartFormSubmittedTwiceThenOneDrillIsStarted() {
        String body = "scenario=none&title=Night+drill&clock=real-time&requestToken=" + UUID.randomUUID();

        var first = post("/drills/new", body, OFFICER);
        var second = post("/drills/new", body, OFFICER);

        assertThat(second.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        String id = DRILL_PAGE.matcher(first.getHeaders().getLocation().toString()).results().findFirst()
                .orElseThrow().group(1);
        assertThat(jdbc.sql("select count(*) from incident.domain_event_entry where aggregate_identifier = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void givenAChosenClockWithoutScaleThenTheFormComesBackWithTheMessageBesideTheFieldAndStartsNothing() {
        long before = storedEvents();

        var refused = post("/drills/new", "scenario=none&title=Drill&clock=chosen&chosenScale=5000&requestToken="
                + UUID.randomUUID(), OFFICER);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("error-summary", "id=\"chosenScale-error\"",
                "Enter a whole number from 1 to 1440.");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenADrillStartedHalfAnHourAgoTenTimesFasterThenItsPageShowsExactlyTheInjectsDueNewestFirst() {
        // ten times faster: the injects at 0 to 4 hours of drill time are out after 30 minutes, the one at 6 hours
        // comes at 36 minutes
        UUID drill = startedAgo(Duration.ofMinutes(30), 10);

        String page = get("/drills/" + drill, OFFICER).getBody();

        assertThat(page).contains("Radiology calls the service desk", "The sector CERT asks hospitals",
                "Security officer: share the incident with the CERT, within 2 hours of the inject",
                "Next inject in 6 minutes", "Show new injects");
        assertThat(page).doesNotContain("Forensics confirms");
        assertThat(page.indexOf("The sector CERT asks hospitals"))
                .isLessThan(page.indexOf("Radiology calls the service desk"));
    }

    @Test
    void givenADrillWhenTheOfficerReportsFromItsPageThenTheIncidentIsMarkedWithTheDrill() {
        UUID drill = startedAgo(Duration.ofMinutes(1), 60);
        assertThat(get("/drills/" + drill, OFFICER).getBody()).contains("/incidents/new?drill=" + drill);

        var form = get("/incidents/new?drill=" + drill, OFFICER);
        assertThat(form.getBody()).contains("EXERCISE", "Spring drill", "name=\"drillId\"", "value=\"" + drill + "\"");
        var reported = post("/incidents/new", "summary=PACS+down&category=fraud%2Fphishing&awareAt="
                + LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Brussels"))).minusMinutes(5)
                .truncatedTo(ChronoUnit.MINUTES) + "&drillId=" + drill + "&requestToken=" + UUID.randomUUID(), OFFICER);

        assertThat(reported.getStatusCode()).as("%s", reported.getBody()).isEqualTo(HttpStatus.FOUND);
        var incident = INCIDENT_PAGE.matcher(reported.getHeaders().getLocation().toString());
        assertThat(incident.find()).isTrue();
        assertThat(jdbc.sql("""
                select convert_from(payload, 'UTF8') from incident.domain_event_entry
                 where aggregate_identifier = :id and sequence_number = 0""").param("id", incident.group(1))
                .query(String.class).single()).contains("\"exercise\"", "\"drillId\":\"" + drill + "\"");
    }

    @Test
    void givenARunningDrillWhenTheOfficerEndsItThenThePageSaysWhenAndOffersNoReport() {
        UUID drill = startedAgo(Duration.ofMinutes(1), 60);

        var ended = post("/drills/" + drill + "/end", "", OFFICER);

        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(ended.getHeaders().getLocation().toString()).endsWith("/drills/" + drill);
        String page = get("/drills/" + drill, OFFICER).getBody();
        assertThat(page).contains("Ended on").doesNotContain(REPORT_BUTTON, "End the drill", "Next inject");
        // its score, on query-service's page
        assertThat(page).contains("<a href=\"/drill-reports/" + drill + "\">Report</a>");
        assertThat(get("/drills", OFFICER).getBody()).contains("Spring drill", "Ended on");
    }

    @Test
    void givenParticipantsOnTheStartFormThenTheDrillsPageNamesThemAndAWrongAddressIsNamedBesideTheField() {
        var refused = post("/drills/new", "scenario=none&title=Night+drill&clock=real-time"
                + "&participants=anna.dpo%40brugge.example%0Anot-an-address&requestToken=" + UUID.randomUUID(), OFFICER);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("participants-error", "is not an e-mail address");

        var started = post("/drills/new", "scenario=none&title=Night+drill&clock=real-time"
                + "&participants=anna.dpo%40brugge.example%0Atabletop%40brugge.example&requestToken="
                + UUID.randomUUID(), OFFICER);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(get(started.getHeaders().getLocation().getPath(), OFFICER).getBody())
                .contains("Reminders go to", "anna.dpo@brugge.example", "tabletop@brugge.example");
        assertThat(get("/drills/" + startedAgo(Duration.ofMinutes(1), 60), OFFICER).getBody())
                .contains("The hospital’s DPO and security officer");
    }

    @Test
    void givenAnEndedDrillWhenTheOfficerArchivesItThenItLeavesTheListForTheArchivedOnes() {
        UUID drill = startedAgo(Duration.ofMinutes(1), 60);
        assertThat(get("/drills/" + drill, OFFICER).getBody()).doesNotContain("Archive the drill");
        post("/drills/" + drill + "/end", "", OFFICER);
        assertThat(get("/drills/" + drill, OFFICER).getBody()).contains("Archive the drill");

        var archived = post("/drills/" + drill + "/archive", "", OFFICER);

        assertThat(archived.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(archived.getHeaders().getLocation().toString()).endsWith("/drills");
        assertThat(get("/drills", OFFICER).getBody()).doesNotContain("/drills/" + drill)
                .contains("Archived drills (1)");
        assertThat(get("/drills?archived=true", OFFICER).getBody()).contains("/drills/" + drill, "Archived on");
        assertThat(get("/drills/" + drill, OFFICER).getBody()).contains("Archived on")
                .doesNotContain("Archive the drill");
    }

    @Test
    void givenDrillsOfTwoHospitalsThenEachOfficerListsOnlyTheirOwnNewestFirst() {
        UUID older = startedAgo(Duration.ofMinutes(20), 1);
        UUID newer = startedAgo(Duration.ofMinutes(10), 1);

        String list = get("/drills", OFFICER).getBody();

        assertThat(list).contains("/drills/" + older, "/drills/" + newer, "Real time");
        assertThat(list.indexOf("/drills/" + newer)).isLessThan(list.indexOf("/drills/" + older));
        assertThat(get("/drills", OTHER_OFFICER).getBody()).doesNotContain("/drills/" + newer);
    }

    @Test
    void givenADrillThenAnotherHospitalsOfficerFindsNoneAndItsDpoIsRefused() {
        UUID drill = startedAgo(Duration.ofMinutes(1), 60);

        assertThat(get("/drills/" + drill, OTHER_OFFICER).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/drills/" + drill + "/end", "", OTHER_OFFICER).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/incidents/new?drill=" + drill, OTHER_OFFICER).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/drills/" + drill, DPO).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/drills", DPO).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/drills/" + drill, OFFICER).getBody()).contains(REPORT_BUTTON);
    }

    @Test
    void givenEachDrillPageThenItsIdsAreUniqueAndEveryDescriptionItPointsToIsThere() {
        UUID drill = startedAgo(Duration.ofMinutes(30), 10);
        var refused = post("/drills/new",
                "scenario=&title=&clock=chosen&chosenScale=0&requestToken=" + UUID.randomUUID(), OFFICER);
        assertThat(refused.getBody()).contains("error-summary");

        for (var page : List.of(get("/drills/new", OFFICER), refused, get("/drills/" + drill, OFFICER),
                get("/drills", OFFICER), get("/incidents/new?drill=" + drill, OFFICER))) {
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
            List<String> ids = ID.matcher(page.getBody()).results().map(match -> match.group(1)).toList();
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(ids).containsAll(DESCRIBED_BY.matcher(page.getBody()).results()
                    .flatMap(match -> Arrays.stream(match.group(1).trim().split("\\s+"))).toList());
        }
    }

    private UUID startedAgo(Duration ago, int scale) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new StartDrill(id, HospitalId.of("h-brugge"), "ransomware-pacs", "Spring drill", scale,
                clock.instant().minus(ago)));
        return id;
    }

    private long storedEvents() {
        return jdbc.sql("select count(*) from incident.domain_event_entry").query(Long.class).single();
    }

    private ResponseEntity<String> get(String path, String token) {
        return DrillRequests.page(http, path, token);
    }

    private ResponseEntity<String> post(String path, String form, String token) {
        return DrillRequests.postForm(http, path, form, token);
    }
}
