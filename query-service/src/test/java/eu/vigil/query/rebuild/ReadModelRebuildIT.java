package eu.vigil.query.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.drill.LessonsRecorded;
import eu.vigil.contracts.notification.DeadlineMissed;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ReminderTriggered;
import eu.vigil.query.IncidentStory;
import eu.vigil.query.drill.ScriptedDrill;
import eu.vigil.testsupport.GeneratedIncidents;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read model rebuilt from its topic holds exactly the rows the live one held, repairs what was damaged, loses
 * nothing published meanwhile, and keeps its indexes' names; the administrator starts it and follows its progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one set of incidents for every test: each rebuild reads them all
class ReadModelRebuildIT {

    private static final String ADMIN = TestTokens.bearer("u-admin", "ADMIN", null);
    private static final UUID DRILL = UUID.fromString("5d0c0de0-0000-4000-8000-000000000060");
    private static final Map<String, List<String>> TABLES = Map.of(
            "register", List.of("incident_register"),
            "timeline", List.of("incident_timeline"),
            "obligations", List.of("obligation", "obligation_history"),
            "cert-feed", List.of("shared_incident", "indicator_sighting", "indicator_correlation"),
            "drills", List.of("drill"));

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String incidentTopic;
    @Value("${vigil.topics.notification-events}") String notificationTopic;
    @Value("${vigil.topics.drill-events}") String drillTopic;

    private IncidentTopic incidents;

    @BeforeAll
    void incidentsAndAnObligationProjectedLive() {
        incidents = new IncidentTopic(bootstrapServers, incidentTopic);
        var notifications = new IncidentTopic(bootstrapServers, notificationTopic);
        for (long seed = 1; seed <= 8; seed++) {
            publishAndAwait(GeneratedIncidents.history(seed, "h-gent", 25));
        }
        var story = new IncidentStory("h-gent");
        publishAndAwait(List.of(story.next(story.reported())));
        var drill = new IncidentStory("h-gent");
        publishAndAwait(List.of(drill.next(drill.reportedInDrill(new Exercise(DRILL, 60)))));
        var obligation = UUID.randomUUID();
        var due = IncidentStory.AWARE.plus(Duration.ofHours(24));
        var opened = new ObligationOpened(obligation, story.incident(), HospitalId.of("h-gent"), "NIS2_EARLY_WARNING",
                "nis2", "NIS2_EARLY_WARNING", "csirt", "CCB", "NIS2 Art. 23(4)",
                URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"), "BE", "1", false, IncidentStory.AWARE,
                due, "Europe/Brussels", false, null);
        notifications.publish(notice(obligation, 0, opened));
        notifications.publish(notice(obligation, 1, new ReminderTriggered(obligation, due, Duration.ofHours(4))));
        notifications.publish(notice(obligation, 2, new DeadlineMissed(obligation, due)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.obligation_history where obligation_id = :id")
                .param("id", obligation).query(Integer.class).single() == 3);
        var scripted = new ScriptedDrill("h-gent"); // the drill alone, its script and lessons: no incident of its own
        new IncidentTopic(bootstrapServers, drillTopic).publishAll(List.of(scripted.drillEvent(0,
                scripted.started()), scripted.drillEvent(1, new LessonsRecorded(scripted.drillId,
                "Rehearse the phone tree.", scripted.startedAt))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.drill where drill_id = :id and last_sequence = 1")
                .param("id", scripted.drillId).query(Integer.class).single() == 1);
    }

    @Test
    void givenTheLiveReadModelsWhenEachIsRebuiltThenItsRowsAndIndexNamesAreTheLiveOnes() {
        var rowsBefore = TABLES.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(table -> table, this::rows));
        var indexesBefore = indexNames();

        for (String readModel : TABLES.keySet()) {
            rebuildAndAwait(readModel);
        }

        rowsBefore.forEach((table, rows) -> assertThat(rows(table)).as(table).isEqualTo(rows));
        assertThat(jdbc.sql("select drill_id from query.incident_register where drill_scale = 60")
                .query(UUID.class).list()).containsExactly(DRILL);
        assertThat(indexNames()).isEqualTo(indexesBefore);
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'query' and tablename like '%_rebuild'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void givenADamagedRegisterAndTimelineWhenRebuiltThenTheyAreWhatTheEventsSayAndNothingPublishedMeanwhileIsLost() {
        var damaged = GeneratedIncidents.history(42, "h-gent", 12);
        publishAndAwait(damaged);
        UUID incident = damaged.get(0).payload().incidentId().value();
        var registerRow = row("incident_register", incident);
        jdbc.sql("update query.incident_register set summary = 'tampered', phase = 'closed' where incident_id = :id")
                .param("id", incident).update();
        jdbc.sql("delete from query.incident_timeline where incident_id = :id and sequence = 3")
                .param("id", incident).update();

        start("register");
        var meanwhile = GeneratedIncidents.history(43, "h-gent", 5);
        incidents.publishAll(meanwhile);
        awaitDone("register");
        rebuildAndAwait("timeline");

        assertThat(row("incident_register", incident)).isEqualTo(registerRow);
        assertThat(jdbc.sql("select count(*) from query.incident_timeline where incident_id = :id")
                .param("id", incident).query(Integer.class).single()).isEqualTo(damaged.size());
        awaitProjected(meanwhile);
    }

    @Test
    void givenARecordTheLiveModelParkedWhenRebuiltThenItIsSkippedAndCountedAndTheRestIsRebuilt() {
        incidents.send("garbage", "not an event".getBytes(StandardCharsets.UTF_8));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from query.dead_letter where record_key = 'garbage' and replayed_at is null")
                .query(Integer.class).single() >= 2); // the register's and the timeline's groups each park it
        var rowsBefore = rows("incident_register");

        JsonNode rebuild = rebuildAndAwait("register");

        assertThat(rebuild.get("skipped").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(rebuild.get("eventsDone").asLong()).isEqualTo(rebuild.get("eventsTotal").asLong());
        assertThat(rows("incident_register")).isEqualTo(rowsBefore);
    }

    @Test
    void theAdministratorsPageShowsEachReadModelsLatestRebuildInTheirLanguage() {
        rebuildAndAwait("obligations");

        var headers = new HttpHeaders();
        headers.setBearerAuth(ADMIN);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");
        String page = http.exchange("/admin/read-models", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getBody();

        assertThat(page).contains("Modèles de lecture", "Terminé : les nouvelles tables sont en service", "(100 %)",
                "data-live-source=\"/live/read-models\"", "Reconstruire");
    }

    @Test
    void aHostileReadModelNameIsAProblemAndStartsNothing() {
        var before = http.exchange("/api/read-models", HttpMethod.GET, admin(), String.class).getBody();

        for (String name : List.of("no-such-model", "x".repeat(300), "register%00", "register%07",
                "%E2%80%AEregister", "register%2F..%2Ftimeline", "null")) {
            var answer = http.exchange(URI.create("/api/read-models/" + name + "/rebuild"), HttpMethod.POST, admin(),
                    String.class);
            assertThat(answer.getStatusCode().value()).as(name).isIn(400, 404);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as(name).isTrue();
            assertThat(answer.getBody()).as(name).doesNotContain("x".repeat(50));
        }

        assertThat(http.exchange("/api/read-models", HttpMethod.GET, admin(), String.class).getBody())
                .isEqualTo(before);
    }

    @Test
    void theEventTopicsTheRebuildReadsKeepEveryRecordForEver() throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var topics = List.of(new ConfigResource(ConfigResource.Type.TOPIC, incidentTopic),
                    new ConfigResource(ConfigResource.Type.TOPIC, notificationTopic));
            var configs = admin.describeConfigs(topics).all().get();

            assertThat(configs.values()).allSatisfy(config -> {
                assertThat(config.get("retention.ms").value()).isEqualTo("-1");
                assertThat(config.get("retention.bytes").value()).isEqualTo("-1");
            });
        }
    }

    private JsonNode rebuildAndAwait(String readModel) {
        start(readModel);
        return awaitDone(readModel);
    }

    private void start(String readModel) {
        var answer = http.exchange("/api/read-models/" + readModel + "/rebuild", HttpMethod.POST, admin(),
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(answer.getHeaders().getLocation()).hasToString("/api/read-models/" + readModel);
    }

    private JsonNode awaitDone(String readModel) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> http.exchange(
                        "/api/read-models/" + readModel, HttpMethod.GET, admin(), JsonNode.class).getBody().get("rebuild"),
                rebuild -> {
                    assertThat(rebuild.get("phase").asText()).isNotEqualTo("failed");
                    return rebuild.get("phase").asText().equals("done");
                });
    }

    private void publishAndAwait(List<? extends EventEnvelope<?>> history) {
        incidents.publishAll(history);
        awaitProjected(history);
    }

    private void awaitProjected(List<? extends EventEnvelope<?>> history) {
        var last = history.get(history.size() - 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select (select count(*) from query.incident_register
                                 where incident_id = cast(:id as uuid) and last_sequence = :sequence)
                             + (select count(*) from query.incident_timeline
                                 where incident_id = cast(:id as uuid) and sequence = :sequence)""")
                .param("id", last.aggregateId()).param("sequence", last.aggregateSequence())
                .query(Integer.class).single() == 2);
    }

    // every column but the instant of projection, in a stable order
    private List<String> rows(String table) {
        return jdbc.sql("select (to_jsonb(t) - 'projected_at')::text from query." + table + " t order by 1")
                .query(String.class).list();
    }

    private String row(String table, UUID incident) {
        return jdbc.sql("select (to_jsonb(t) - 'projected_at')::text from query." + table
                        + " t where incident_id = :id").param("id", incident).query(String.class).single();
    }

    private List<String> indexNames() {
        return jdbc.sql("select tablename || '.' || indexname from pg_indexes where schemaname = 'query' order by 1")
                .query(String.class).list();
    }

    private HttpEntity<Void> admin() {
        var headers = new HttpHeaders();
        headers.setBearerAuth(ADMIN);
        return new HttpEntity<>(headers);
    }

    private static EventEnvelope<NotificationEvent> notice(UUID obligation, long sequence, NotificationEvent event) {
        return new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(event), 1, obligation.toString(), sequence,
                HospitalId.of("h-gent"), Instant.parse("2026-03-29T02:00:00Z").plusSeconds(60 * sequence),
                Actor.system("notifier"), event);
    }
}
