package eu.vigil.query.register.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.query.IncidentStory;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list leaves drills' incidents out unless asked (ADR 0022): {@code drills=hide} by default, {@code show} beside
 * the real ones, {@code only} alone; the same on the page, in the JSON and in the CSV, and the page says how many it
 * left out with a link to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillFilterIT {

    private static final String HOSPITAL = "h-drills-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String DRILLS_ONLY_HOSPITAL = HOSPITAL + "-only";
    private static final String DPO = TestTokens.bearer("u-dpo-1", "DPO", HOSPITAL);
    private static final String DRILLS_ONLY_DPO = TestTokens.bearer("u-dpo-2", "DPO", DRILLS_ONLY_HOSPITAL);

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String incidentTopic;

    private final Exercise drill = new Exercise(UUID.randomUUID(), 60);
    private final List<UUID> drills = new ArrayList<>();
    private final List<UUID> reals = new ArrayList<>();

    @BeforeAll
    void threeDrillsIncidentsAndTwoRealOnesOfOneHospitalAndADrillsIncidentAloneOfAnother() {
        var events = new ArrayList<EventEnvelope<IncidentEvent>>();
        for (int i = 0; i < 3; i++) {
            var story = new IncidentStory(HOSPITAL);
            events.add(story.next(story.reportedInDrill(drill)));
            drills.add(story.id());
        }
        for (int i = 0; i < 2; i++) {
            var story = new IncidentStory(HOSPITAL);
            events.add(story.next(story.reported()));
            reals.add(story.id());
        }
        var alone = new IncidentStory(DRILLS_ONLY_HOSPITAL);
        events.add(alone.next(alone.reportedInDrill(new Exercise(UUID.randomUUID(), 1))));
        new IncidentTopic(bootstrapServers, incidentTopic).publishAll(events);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        select count(*) from query.incident_register where hospital_id in (:hospitals)""")
                .param("hospitals", List.of(HOSPITAL, DRILLS_ONLY_HOSPITAL)).query(Integer.class).single() == 6);
    }

    @Test
    void givenNoDrillsParameterWhenTheListIsReadThenOnlyRealIncidentsAreListedAndThePageLinksToTheDrills() {
        var api = get("/api/incidents", DPO, MediaType.APPLICATION_JSON, JsonNode.class).getBody();
        String csv = get("/incidents/export.csv", DPO, MediaType.ALL, String.class).getBody();
        String page = get("/incidents", DPO, MediaType.TEXT_HTML, String.class).getBody();

        assertThat(idsOf(api)).containsExactlyInAnyOrderElementsOf(reals);
        assertThat(csv.split("\r\n")).hasSize(1 + 2);
        assertThat(page).contains("2 incidents match", "3 incidents of drills are not listed.",
                        "<a href=\"/incidents?drills=only\">Show the 3 incidents of drills</a>")
                .containsPattern("<option value=\"hide\"\\s+selected=\"selected\">Hidden</option>")
                .doesNotContain("EXERCISE", "??");
        drills.forEach(id -> assertThat(page).doesNotContain(id.toString()));
    }

    @Test
    void givenDrillsShowWhenTheListIsReadThenDrillsAndRealIncidentsAreListedTogether() {
        var api = get("/api/incidents?drills=show", DPO, MediaType.APPLICATION_JSON, JsonNode.class).getBody();
        String csv = get("/incidents/export.csv?drills=show", DPO, MediaType.ALL, String.class).getBody();
        String page = get("/incidents?drills=show", DPO, MediaType.TEXT_HTML, String.class).getBody();

        assertThat(idsOf(api)).containsExactlyInAnyOrderElementsOf(Stream.concat(drills.stream(), reals.stream())
                .toList());
        assertThat(csv.split("\r\n")).hasSize(1 + 5);
        assertThat(page).contains("5 incidents match", "href=\"/incidents/export.csv?drills=show\"")
                .doesNotContain("not listed", "id=\"hidden-drills\"");
    }

    @Test
    void givenDrillsOnlyWhenTheListIsReadThenTheDrillsIncidentsAloneAreListedEachMarked() {
        var api = get("/api/incidents?drills=only", DPO, MediaType.APPLICATION_JSON, JsonNode.class).getBody();
        String csv = get("/incidents/export.csv?drills=only", DPO, MediaType.ALL, String.class).getBody();
        String page = get("/incidents?drills=only", DPO, MediaType.TEXT_HTML, String.class, Locale.FRENCH)
                .getBody();

        assertThat(idsOf(api)).containsExactlyInAnyOrderElementsOf(drills);
        api.get("items").forEach(item ->
                assertThat(item.at("/exercise/drillId").asText()).isEqualTo(drill.drillId().toString()));
        assertThat(csv.split("\r\n")).hasSize(1 + 3);
        assertThat(page).contains("3 incidents correspondent", "<strong class=\"badge\">EXERCICE</strong>")
                .containsPattern("<option value=\"only\"\\s+selected=\"selected\">Seulement les incidents d")
                .doesNotContain("??", "id=\"hidden-drills\"");
    }

    @Test
    void givenAnUnknownDrillsValueThenTheListRefusesItNamingTheParameter() {
        var api = get("/api/incidents?drills=all", DPO, MediaType.APPLICATION_JSON, JsonNode.class);
        var csv = get("/incidents/export.csv?drills=HIDE", DPO, MediaType.APPLICATION_JSON, JsonNode.class);
        var page = get("/incidents?drills=yes", DPO, MediaType.TEXT_HTML, String.class);

        for (var refused : List.of(api, csv)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("errors").findValuesAsText("pointer")).containsExactly("drills");
        }
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("Check “Incidents of drills”: this value cannot be used.")
                .doesNotContain("<table");
    }

    @Test
    void givenDrillsOnlyWhenPagedByTwoThenEachDrillsIncidentAppearsOnceAndTheCursorKeepsTheFilter() {
        var first = get("/api/incidents?drills=only&limit=2", DPO, MediaType.APPLICATION_JSON, JsonNode.class)
                .getBody();
        String next = first.get("next").asText();
        var second = get("/api/incidents?drills=only&limit=2&cursor=" + next, DPO, MediaType.APPLICATION_JSON,
                JsonNode.class).getBody();
        var otherFilter = get("/api/incidents?drills=show&limit=2&cursor=" + next, DPO, MediaType.APPLICATION_JSON,
                JsonNode.class);
        var defaultFilter = get("/api/incidents?limit=2&cursor=" + next, DPO, MediaType.APPLICATION_JSON,
                JsonNode.class);
        String page = get("/incidents?drills=only&limit=2", DPO, MediaType.TEXT_HTML, String.class).getBody();

        assertThat(Stream.concat(idsOf(first).stream(), idsOf(second).stream()).toList())
                .containsExactlyInAnyOrderElementsOf(drills);
        assertThat(second.get("next").isNull()).isTrue();
        for (var refused : List.of(otherFilter, defaultFilter)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("errors").findValuesAsText("pointer")).containsExactly("cursor");
        }
        assertThat(page).containsPattern(
                "rel=\"next\" href=\"/incidents\\?drills=only&amp;cursor=[^\"]+&amp;limit=2\"");
    }

    @Test
    void givenAHospitalWithOnlyADrillsIncidentWhenItsListOpensThenItSaysNoRealIncidentAndLinksToTheDrill() {
        String page = get("/incidents", DRILLS_ONLY_DPO, MediaType.TEXT_HTML, String.class).getBody();
        String filtered = get("/incidents?drills=only&q=nothing", DRILLS_ONLY_DPO, MediaType.TEXT_HTML, String.class)
                .getBody();

        assertThat(page).contains("No incident matches",
                        "No real incident has been reported for your hospital yet, only incidents of drills.",
                        "1 incident of a drill is not listed.", "Show the incident of a drill")
                .doesNotContain("No incident has been reported for your hospital yet.");
        assertThat(filtered).contains("No incident of your hospital matches these filters.")
                .doesNotContain("not listed", "No real incident");
    }

    private static List<UUID> idsOf(JsonNode list) {
        return StreamSupport.stream(list.get("items").spliterator(), false)
                .map(item -> UUID.fromString(item.get("incidentId").asText())).toList();
    }

    private <T> ResponseEntity<T> get(String url, String token, MediaType accept, Class<T> type) {
        return get(url, token, accept, type, Locale.ENGLISH);
    }

    private <T> ResponseEntity<T> get(String url, String token, MediaType accept, Class<T> type, Locale locale) {
        return RegisterRequests.get(http, url, token, accept, type, locale);
    }
}
