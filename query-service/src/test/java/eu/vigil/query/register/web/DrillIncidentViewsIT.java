package eu.vigil.query.register.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.Severity;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill's incident beside a real incident of the same hospital (ADR 0022), fed through the topic as the command
 * service feeds them: the hospital's list (asked to show drills: it hides them by default, see DrillFilterIT), its
 * CSV and JSON, the incident page and its print view say EXERCISE in words for the drill's incident and never for
 * the real one; another hospital sees neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillIncidentViewsIT {

    private static final String HOSPITAL = "h-drill-views";
    private static final String OFFICER = TestTokens.bearer("u-officer-7", "SECURITY_OFFICER", HOSPITAL);
    private static final String DPO = TestTokens.bearer("u-dpo-1", "DPO", HOSPITAL);
    private static final String OTHER_OFFICER = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER",
            "h-drill-other");
    private static final String BANNER = "This incident belongs to a drill: nothing of it is sent to an authority or "
            + "to the sector CERT, and it counts in no sector figure.";
    private static final String BADGE = "<strong class=\"badge\">EXERCISE</strong>";

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String incidentTopic;

    private final Exercise drill = new Exercise(UUID.randomUUID(), 60);
    private final IncidentStory drillIncident = new IncidentStory(HOSPITAL);
    private final IncidentStory realIncident = new IncidentStory(HOSPITAL);

    @BeforeAll
    void aDrillsIncidentAndARealOneOfOneHospital() {
        new IncidentTopic(bootstrapServers, incidentTopic).publishAll(List.of(
                drillIncident.next(drillIncident.reportedInDrill(drill)),
                drillIncident.next(drillIncident.classified(Severity.HIGH, null)),
                realIncident.next(realIncident.reported()),
                realIncident.next(realIncident.classified(Severity.HIGH, null))));
        // the register and the timeline each consume in a group of their own
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        select count(*) from query.incident_register where hospital_id = :hospital
                           and severity = 'high'""").param("hospital", HOSPITAL).query(Integer.class).single() == 2);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        select count(*) from query.incident_timeline where hospital_id = :hospital""")
                .param("hospital", HOSPITAL).query(Integer.class).single() == 4);
    }

    @Test
    void givenADrillsIncidentAndARealOneWhenTheApiReadsThemThenOnlyTheDrillsCarriesItsExercise() {
        var items = get("/api/incidents?drills=show", DPO, MediaType.APPLICATION_JSON, JsonNode.class).getBody()
                .get("items");
        var drills = get("/api/incidents/" + drillIncident.id(), DPO, MediaType.APPLICATION_JSON, JsonNode.class)
                .getBody();
        var real = get("/api/incidents/" + realIncident.id(), DPO, MediaType.APPLICATION_JSON, JsonNode.class)
                .getBody();

        assertThat(items).hasSize(2);
        for (var incident : List.of(itemOf(items, drillIncident.id()), drills)) {
            assertThat(incident.at("/exercise/drillId").asText()).isEqualTo(drill.drillId().toString());
            assertThat(incident.at("/exercise/scale").asInt()).isEqualTo(60);
        }
        assertThat(itemOf(items, realIncident.id()).has("exercise")).isFalse();
        assertThat(real.has("exercise")).isFalse();
        assertThat(real.get("severity").asText()).isEqualTo("high");
    }

    @Test
    void givenTheListPageThenTheDrillsRowSaysExerciseInWordsAndTheRealOnesDoesNot() {
        String english = get("/incidents?drills=show", DPO, MediaType.TEXT_HTML, String.class).getBody();
        String french = get("/incidents?drills=show", DPO, MediaType.TEXT_HTML, String.class, Locale.FRENCH).getBody();

        assertThat(english).contains("2 incidents match");
        assertThat(rowOf(english, drillIncident.id())).contains(BADGE);
        assertThat(rowOf(english, realIncident.id())).doesNotContain("EXERCISE", "badge");
        assertThat(rowOf(french, drillIncident.id())).contains("<strong class=\"badge\">EXERCICE</strong>");
        assertThat(english).doesNotContain("??");
    }

    @Test
    void givenTheCsvThenTheExerciseColumnNamesTheDrillForItsIncidentOnly() {
        var response = get("/incidents/export.csv?drills=show", DPO, MediaType.ALL, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var lines = Arrays.asList(response.getBody().split("\r\n"));
        assertThat(lines).hasSize(3);
        int exercise = Arrays.asList(lines.get(0).split(",")).indexOf("exercise");
        assertThat(exercise).isPositive();
        assertThat(cellsOf(lines, drillIncident.id()).get(exercise)).isEqualTo(drill.drillId().toString());
        assertThat(cellsOf(lines, realIncident.id()).get(exercise)).isEmpty();
    }

    @Test
    void givenTheDrillsIncidentPageThenItsBannerSaysItIsADrillsAndNothingOfItLeavesTheHospital() {
        String drills = get("/incidents/" + drillIncident.id(), OFFICER, MediaType.TEXT_HTML, String.class).getBody();
        String real = get("/incidents/" + realIncident.id(), OFFICER, MediaType.TEXT_HTML, String.class).getBody();
        String german = get("/incidents/" + drillIncident.id(), OFFICER, MediaType.TEXT_HTML, String.class,
                Locale.GERMAN).getBody();

        assertThat(drills).contains("<title>EXERCISE · ", BADGE, BANNER,
                "Its deadlines run 60 times faster than real time.", "Drill: ransom note on the PACS viewer");
        assertThat(german).contains("<strong class=\"badge\">ÜBUNG</strong>", "Dieser Vorfall gehört zu einer Übung")
                .doesNotContain("??");
        assertThat(real).contains("Ransom note on the PACS viewer").doesNotContain("EXERCISE", "belongs to a drill");
    }

    @Test
    void givenThePrintViewThenTheDrillsPaperSaysExerciseAndTheRealOnesDoesNot() {
        var drills = get("/incidents/" + drillIncident.id() + "?print=true", DPO, MediaType.TEXT_HTML, String.class);
        var real = get("/incidents/" + realIncident.id() + "?print=true", DPO, MediaType.TEXT_HTML, String.class);

        assertThat(drills.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(drills.getBody()).contains("<title>EXERCISE · ", BADGE, BANNER, "Current state")
                .doesNotContain("<nav", "<form");
        assertThat(real.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(real.getBody()).contains("Current state").doesNotContain("EXERCISE", "belongs to a drill");
    }

    @Test
    void anotherHospitalSeesNeitherTheDrillsIncidentNorTheRealOne() {
        var list = get("/api/incidents?drills=show", OTHER_OFFICER, MediaType.APPLICATION_JSON, JsonNode.class)
                .getBody();
        String page = get("/incidents?drills=show", OTHER_OFFICER, MediaType.TEXT_HTML, String.class).getBody();
        String csv = get("/incidents/export.csv?drills=show", OTHER_OFFICER, MediaType.ALL, String.class).getBody();

        assertThat(list.get("items")).isEmpty();
        assertThat(page).doesNotContain("PACS", "EXERCISE");
        assertThat(csv.split("\r\n")).hasSize(1);
        for (var id : List.of(drillIncident.id(), realIncident.id())) {
            assertThat(get("/api/incidents/" + id, OTHER_OFFICER, MediaType.APPLICATION_JSON, JsonNode.class)
                    .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            for (var path : List.of("/incidents/" + id, "/incidents/" + id + "?print=true")) {
                var answer = get(path, OTHER_OFFICER, MediaType.TEXT_HTML, String.class);
                assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
                assertThat(answer.getBody()).doesNotContain("PACS", "EXERCISE", "belongs to a drill");
            }
        }
    }

    private static JsonNode itemOf(JsonNode items, UUID id) {
        for (var item : items) {
            if (item.get("incidentId").asText().equals(id.toString())) {
                return item;
            }
        }
        throw new AssertionError("No incident " + id + " in " + items);
    }

    // the table row that links to the incident
    private static String rowOf(String page, UUID id) {
        return Arrays.stream(page.split("<tr>")).filter(row -> row.contains("href=\"/incidents/" + id + "\""))
                .findFirst().orElseThrow(() -> new AssertionError("No row of " + id));
    }

    private static List<String> cellsOf(List<String> lines, UUID id) {
        return lines.stream().filter(line -> line.startsWith(id + ",")).findFirst()
                .map(line -> Arrays.asList(line.split(",", -1)))
                .orElseThrow(() -> new AssertionError("No line of " + id));
    }

    private <T> ResponseEntity<T> get(String url, String token, MediaType accept, Class<T> type) {
        return get(url, token, accept, type, Locale.ENGLISH);
    }

    private <T> ResponseEntity<T> get(String url, String token, MediaType accept, Class<T> type, Locale locale) {
        return RegisterRequests.get(http, url, token, accept, type, locale);
    }
}
