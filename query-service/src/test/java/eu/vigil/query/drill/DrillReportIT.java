package eu.vigil.query.drill;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.drill.DrillArchived;
import eu.vigil.contracts.drill.DrillEnded;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.LessonsRecorded;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted drill's report over the API (ADR 0022), fed through the drill, incident and notification topics as
 * command-service and the notifier feed them: see {@link ScriptedDrill} for what its people did.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillReportIT {

    private static final String HOSPITAL = "h-drill-report";
    private static final String DPO = TestTokens.bearer("u-dpo-1", "DPO", HOSPITAL);
    private static final String OFFICER = TestTokens.bearer("u-officer-7", "SECURITY_OFFICER", HOSPITAL);
    private static final String OTHER_OFFICER = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-drill-else");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.drill-events}") String drillTopic;
    @Value("${vigil.topics.incident-events}") String incidentTopic;
    @Value("${vigil.topics.notification-events}") String notificationTopic;

    private ScriptedDrill drill;

    @BeforeAll
    void aScriptedDrillPlayedForTwoHours() {
        drill = new ScriptedDrill(HOSPITAL).publish(bootstrapServers, drillTopic, incidentTopic, notificationTopic,
                jdbc);
    }

    @Test
    void givenTheScriptedDrillWhenTheDpoReadsItsReportThenEachExpectationIsMetLateMissedOrPending() {
        JsonNode report = get("/api/drill-reports/" + drill.drillId, DPO).getBody();

        assertThat(report.get("title").asText()).isEqualTo("Ransomware on the PACS");
        assertThat(report.get("scenarioId").asText()).isEqualTo("pacs-ransomware");
        assertThat(report.at("/scenarioTitle/fr").asText()).isEqualTo("Rançongiciel sur les systèmes d’imagerie (PACS)");
        assertThat(report.get("scale").asInt()).isEqualTo(60);
        var injects = report.get("injects");
        assertThat(injects).hasSize(3);
        assertThat(Instant.parse(injects.get(1).get("releasedAt").asText()))
                .isEqualTo(drill.startedAt.plus(Duration.ofMinutes(2)));
        assertThat(statuses(injects.get(0))).containsExactly("met", "late");
        assertThat(statuses(injects.get(1))).containsExactly("met", "missed");
        assertThat(statuses(injects.get(2))).containsExactly("pending");
        var classified = injects.get(0).get("expectations").get(1);
        assertThat(Duration.parse(classified.get("lateBy").asText())).isEqualTo(Duration.ofMinutes(2));
        assertThat(Duration.parse(classified.get("lateByScenario").asText())).isEqualTo(Duration.ofHours(2));
        assertThat(classified.get("doneByRole").asText()).isEqualTo("DPO");
        assertThat(classified.get("otherRole").asBoolean()).isTrue();
        var headline = report.get("headline");
        assertThat(List.of(headline.get("met").asInt(), headline.get("late").asInt(), headline.get("missed").asInt(),
                headline.get("pending").asInt())).containsExactly(2, 1, 1, 1);
        assertThat(Duration.parse(headline.at("/earlyWarning/scenarioTime").asText())).isEqualTo(Duration.ofHours(30));
        assertThat(absent(headline.path("notification"))).isTrue();
        assertThat(report.get("lessons").asText()).isEqualTo("Call the DPO before classifying.");
    }

    @Test
    void givenTheDrillsObligationsThenTheReportSaysWhenEachWasApprovedSubmittedAndHowLate() {
        var obligations = get("/api/drill-reports/" + drill.drillId, OFFICER).getBody().get("obligations");

        assertThat(obligations).hasSize(2);
        var warning = obligations.get(0);
        assertThat(warning.get("ruleId").asText()).isEqualTo("NIS2_EARLY_WARNING");
        assertThat(Instant.parse(warning.get("approvedAt").asText()))
                .isEqualTo(drill.awareAt.plus(Duration.ofMinutes(20)));
        assertThat(Instant.parse(warning.get("submittedAt").asText()))
                .isEqualTo(drill.awareAt.plus(Duration.ofMinutes(30)));
        assertThat(Duration.parse(warning.get("lateBy").asText())).isEqualTo(Duration.ofMinutes(6));
        assertThat(Duration.parse(warning.get("lateByScenario").asText())).isEqualTo(Duration.ofHours(6));
        var notification = obligations.get(1);
        assertThat(notification.get("ruleId").asText()).isEqualTo("NIS2_INCIDENT_NOTIFICATION");
        assertThat(notification.get("status").asText()).isEqualTo("late");
        assertThat(absent(notification.path("submittedAt"))).isTrue();
        // still open, the drill still running: late from its due instant until now, over 40 real minutes
        assertThat(Duration.parse(notification.get("lateBy").asText())).isGreaterThan(Duration.ofMinutes(40));
    }

    @Test
    void givenTheReportThenWhoActedWhenListsThePeopleOldestFirstAndNeverTheNotifier() {
        var actions = get("/api/drill-reports/" + drill.drillId, DPO).getBody().get("actions");

        assertThat(actions).extracting(action -> action.get("type").asText() + " " + action.get("actorRole").asText())
                .containsExactly("IncidentReported SECURITY_OFFICER", "IncidentClassified DPO", "DraftApproved DPO",
                        "ObligationSubmitted DPO");
    }

    @Test
    void givenTheHospitalsDrillsThenTheListPutsThemSideBySideNewestFirst() {
        var older = new ScriptedDrill(HOSPITAL);
        var olderStart = drill.startedAt.minus(Duration.ofDays(30));
        new IncidentTopic(bootstrapServers, drillTopic).publishAll(List.of(older.drillEvent(0, new DrillStarted(
                        older.drillId, older.started().hospitalId(), null, "Tabletop in November", 1, olderStart,
                        List.of(), List.of())),
                older.drillEvent(1, new DrillEnded(older.drillId, olderStart.plus(Duration.ofHours(2))))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.drill where drill_id = :id and ended_at is not null")
                .param("id", older.drillId).query(Integer.class).single() == 1);

        var list = get("/api/drill-reports", DPO).getBody();

        assertThat(list).extracting(item -> item.get("title").asText())
                .containsExactly("Ransomware on the PACS", "Tabletop in November");
        var latest = list.get(0);
        assertThat(List.of(latest.get("met").asInt(), latest.get("late").asInt(), latest.get("missed").asInt()))
                .containsExactly(2, 1, 1);
        assertThat(Duration.parse(latest.get("toEarlyWarning").asText())).isEqualTo(Duration.ofHours(30));
        assertThat(absent(latest.path("toNotification"))).isTrue();
        assertThat(latest.at("/scenarioTitle/de").asText()).isEqualTo("Ransomware auf den Bildarchivsystemen (PACS)");
        assertThat(list.get(1).path("scenarioTitle")).as("a drill without a scenario has no title").isEmpty();
        assertThat(get("/api/drill-reports", OTHER_OFFICER).getBody()).isEmpty();
    }

    @Test
    void givenEveryDrillEventDeliveredTwiceThenTheDrillHoldsEachOnce() {
        var again = new IncidentTopic(bootstrapServers, drillTopic);
        again.publish(drill.drillEvent(0, drill.started()));
        again.publish(drill.drillEvent(1, new LessonsRecorded(drill.drillId, "An older text, redelivered",
                drill.startedAt)));
        // the drill's next event, on the same partition after the duplicates
        again.publish(drill.drillEvent(2, new DrillArchived(drill.drillId, Instant.now())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.drill where drill_id = :id and last_sequence = 2")
                .param("id", drill.drillId).query(Integer.class).single() == 1);

        assertThat(jdbc.sql("select count(*) from query.drill where drill_id = :id").param("id", drill.drillId)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(get("/api/drill-reports/" + drill.drillId, DPO).getBody().get("lessons").asText())
                .isEqualTo("Call the DPO before classifying.");
        assertThat(get("/api/drill-reports/" + drill.drillId, DPO).getBody().get("injects")).hasSize(3);
    }

    @Test
    void anotherHospitalsDrillIsNotFoundAsAnUnknownOne() {
        var other = get("/api/drill-reports/" + drill.drillId, OTHER_OFFICER);
        var unknown = get("/api/drill-reports/" + UUID.randomUUID(), DPO);

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getBody().get("type").asText()).isEqualTo(unknown.getBody().get("type").asText());
        assertThat(other.getBody().toString()).doesNotContain("PACS");
    }

    private static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    private static List<String> statuses(JsonNode inject) {
        return inject.get("expectations").findValuesAsText("status");
    }

    private ResponseEntity<JsonNode> get(String url, String token) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
