package eu.vigil.query.drill;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.contracts.drill.DrillSeal;
import eu.vigil.contracts.drill.LessonsRecorded;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill deleted by crypto-shredding (ADR 0023), its records sealed on the topics as its publishers seal them: once
 * deleted it is in no API, page, export or read table, its report is served from the copy kept at the deletion, a
 * rebuild brings back nothing of it, and a real incident of the same hospital is untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillDeletionIT {

    private static final String HOSPITAL = "h-drill-deletion";
    private static final String DPO = TestTokens.bearer("u-dpo-1", "DPO", HOSPITAL);
    private static final String OTHER_OFFICER = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-drill-else");
    private static final String ADMIN = TestTokens.bearer("u-admin", "ADMIN", null);
    private static final List<String> READ_TABLES = List.of("incident_register", "incident_timeline", "obligation",
            "obligation_history");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired Environment context;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.drill-events}") String drillTopic;
    @Value("${vigil.drills.consumer-group}") String drillsGroup;

    private DeletedDrills deletions;
    private RealIncidentBeside real;

    @BeforeAll
    void aRealIncidentWithAnObligationBesideTheDrills() {
        deletions = new DeletedDrills(context, jdbc);
        real = new RealIncidentBeside(HOSPITAL).publish(context, jdbc);
    }

    @Test
    void givenASealedDrillThenItsIncidentObligationsAndReportShowAsForAClearOne() {
        var drill = new ScriptedDrill(HOSPITAL);

        drill.publishSealed(context, jdbc, DrillKey.generate(drill.drillId));

        assertThat(get("/api/incidents/" + drill.incident.value(), DPO).getBody().at("/exercise/drillId").asText())
                .isEqualTo(drill.drillId.toString());
        assertThat(get("/api/incidents/" + drill.incident.value() + "/obligations", DPO).getBody()).hasSize(2);
        var report = get("/api/drill-reports/" + drill.drillId, DPO).getBody();
        assertThat(report.at("/headline/met").asInt()).isEqualTo(2);
        assertThat(report.path("deletedAt").isNull()).isTrue();
    }

    @Test
    void givenADeletedDrillThenNoApiPageExportOrTableHoldsItButItsReportIsKept() throws IOException {
        var drill = deletions.endedDrill(HOSPITAL);
        var before = get("/api/drill-reports/" + drill.drillId, DPO).getBody();
        var deletedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        deletions.delete(drill, deletedAt);

        String incident = drill.incident.value().toString();
        for (String table : READ_TABLES) {
            assertThat(rows(table, "incident_id", drill.incident.value())).as(table).isZero();
        }
        assertThat(rows("drill", "drill_id", drill.drillId)).isZero();
        for (String path : List.of("/api/incidents/" + incident, "/api/incidents/" + incident + "/history",
                "/api/incidents/" + incident + "/obligations")) {
            var answer = http.exchange(path, HttpMethod.GET, request(DPO, MediaType.APPLICATION_JSON), String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as(path).isTrue();
        }
        assertThat(text("/incidents/" + incident, MediaType.TEXT_HTML).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(text("/api/incidents?drills=show", MediaType.APPLICATION_JSON).getBody()).doesNotContain(incident)
                .contains(real.incident().toString());
        assertThat(text("/incidents/export.csv?drills=show", MediaType.ALL).getBody())
                .doesNotContain(incident).doesNotContain("Drill: PACS unreachable");
        assertThat(text("/incidents?drills=show&q=PACS", MediaType.TEXT_HTML).getBody()).doesNotContain(incident);

        var kept = get("/api/drill-reports/" + drill.drillId, DPO).getBody();
        assertThat(Instant.parse(kept.get("deletedAt").asText())).isEqualTo(deletedAt);
        assertThat(kept.get("headline")).isEqualTo(before.get("headline"));
        assertThat(kept.get("actions")).isEqualTo(before.get("actions"));
        assertThat(kept.get("title").asText()).isEqualTo("Ransomware on the PACS");
        var listed = get("/api/drill-reports", DPO).getBody();
        assertThat(listed.findValuesAsText("drillId")).contains(drill.drillId.toString());
        assertThat(text("/drill-reports/" + drill.drillId, MediaType.TEXT_HTML).getBody())
                .contains("This drill was deleted on").contains("only its report is kept");
        assertThat(text("/drill-reports", MediaType.TEXT_HTML).getBody()).contains("only its report kept");
        var pdf = http.exchange("/drill-reports/" + drill.drillId + "/pdf", HttpMethod.GET,
                request(DPO, MediaType.APPLICATION_PDF), byte[].class);
        try (var document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("This drill was deleted on", "Ransomware on the PACS");
        }
        assertThat(get("/api/drill-reports/" + drill.drillId, OTHER_OFFICER).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select deleted_by from query_kept.kept_drill_report where drill_id = :id")
                .param("id", drill.drillId).query(String.class).single()).isEqualTo(ScriptedDrill.OFFICER.userId());
        real.assertUntouched(http, DPO, jdbc);
    }

    @Test
    void givenTheDeletionDeliveredTwiceThenOneReportIsKeptAsFirstKept() {
        var drill = deletions.endedDrill(HOSPITAL);
        deletions.delete(drill, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        var first = keptReport(drill.drillId);

        var again = new IncidentTopic(bootstrapServers, drillTopic).publish(drill.drillEvent(3,
                new DrillDeleted(drill.drillId, Instant.now().plusSeconds(60))));
        new IncidentTopic(bootstrapServers, drillTopic).awaitConsumed(drillsGroup, again);

        assertThat(keptReports(drill.drillId)).isOne();
        assertThat(keptReport(drill.drillId)).isEqualTo(first);
    }

    @Test
    void givenTheKeyTombstonedWhenEveryReadModelIsRebuiltThenNothingOfTheDrillComesBackButItsReport() {
        var drill = deletions.endedDrill(HOSPITAL);
        deletions.delete(drill, Instant.now().truncatedTo(ChronoUnit.SECONDS));

        for (String readModel : List.of("drills", "register", "timeline", "obligations")) {
            rebuild(readModel);
        }

        for (String table : READ_TABLES) {
            assertThat(rows(table, "incident_id", drill.incident.value())).as(table).isZero();
        }
        assertThat(rows("drill", "drill_id", drill.drillId)).isZero();
        assertThat(keptReports(drill.drillId)).isOne();
        assertThat(get("/api/drill-reports/" + drill.drillId, DPO).getBody().get("deletedAt").isTextual()).isTrue();
        real.assertUntouched(http, DPO, jdbc);
    }

    @Test
    void givenASealedRecordThatDoesNotOpenWithItsDrillsKeyThenItIsParkedNotSkipped() {
        var drillId = UUID.randomUUID();
        var drill = new ScriptedDrill(HOSPITAL);
        var topics = new SealedDrillTopics(context);
        topics.publish(DrillKey.generate(drillId), List.of());
        var lessons = drill.drillEvent(1, new LessonsRecorded(drillId, "sealed with another key", Instant.now()));

        topics.publishAsIs(drillTopic, drillId.toString(),
                DrillSeal.seal(EventJson.write(lessons), DrillKey.generate(drillId)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        select count(*) from query.dead_letter where topic = :topic and record_key = :key""")
                .param("topic", drillTopic).param("key", drillId.toString()).query(Integer.class).single() >= 1);
    }

    private void rebuild(String readModel) {
        var started = http.exchange("/api/read-models/" + readModel + "/rebuild", HttpMethod.POST,
                request(ADMIN, MediaType.APPLICATION_JSON), JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> http.exchange("/api/read-models/" + readModel,
                        HttpMethod.GET, request(ADMIN, MediaType.APPLICATION_JSON), JsonNode.class).getBody()
                .get("rebuild"), rebuild -> {
            assertThat(rebuild.get("phase").asText()).isNotEqualTo("failed");
            return rebuild.get("phase").asText().equals("done");
        });
    }

    private String keptReport(UUID drillId) {
        return jdbc.sql("select report::text || deleted_at::text || kept_at::text from query_kept.kept_drill_report"
                + " where drill_id = :id").param("id", drillId).query(String.class).single();
    }

    private int keptReports(UUID drill) {
        return jdbc.sql("select count(*) from query_kept.kept_drill_report where drill_id = :id").param("id", drill)
                .query(Integer.class).single();
    }

    private int rows(String table, String column, UUID id) {
        return jdbc.sql("select count(*) from query." + table + " where " + column + " = :id").param("id", id)
                .query(Integer.class).single();
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, request(token, MediaType.APPLICATION_JSON), JsonNode.class);
    }

    private ResponseEntity<String> text(String path, MediaType accept) {
        return http.exchange(path, HttpMethod.GET, request(DPO, accept), String.class);
    }

    private static HttpEntity<Void> request(String token, MediaType accept) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(accept));
        return new HttpEntity<>(headers);
    }
}
