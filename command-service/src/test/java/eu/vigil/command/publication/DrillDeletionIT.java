package eu.vigil.command.publication;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.command.SealedTopics;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillSeal;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TopicRecords;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static eu.vigil.command.publication.DrillScene.DRILL_SUMMARY;
import static eu.vigil.command.publication.DrillScene.OFFICER;
import static eu.vigil.command.publication.DrillScene.REAL_SUMMARY;
import static eu.vigil.command.publication.DrillScene.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting an ended drill (ADR 0023): nothing of it or its incidents stays in command-service, its deletion goes to
 * the drill topic in the clear and its key's tombstone to the key topic; a real incident is untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillDeletionIT {

    private static final Duration QUIET = Duration.ofMillis(300);

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.drill-events}") String drillTopic;
    @Value("${vigil.topics.drill-keys}") String keyTopic;

    @Test
    void givenAnEndedDrillWithAnIncident_whenDeleted_thenNoRowOfEitherStaysAndATombstoneAndTheDeletionArePublished() {
        var scene = new DrillScene(http);
        UUID drill = scene.startDrill();
        String drillIncident = scene.report(DRILL_SUMMARY, drill);
        scene.share(drillIncident);
        String realIncident = scene.report(REAL_SUMMARY, null);
        scene.end(drill);
        long realEvents = eventsOf(realIncident);

        var deleted = scene.delete(drill, OFFICER);

        assertThat(deleted.getStatusCode().value()).isEqualTo(204);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rowsNaming(drill.toString()) == 0
                && rowsNaming(drillIncident) == 0);
        assertThat(eventsOf(realIncident)).isEqualTo(realEvents);
        var integrity = http.exchange("/api/incidents/" + realIncident + "/integrity", HttpMethod.GET,
                json(null, OFFICER), JsonNode.class);
        assertThat(integrity.getBody().get("intact").asBoolean()).isTrue();
        // the tombstone is in the Kafka transaction that committed before the rows went: visible once its marker is
        var keyRecords = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> SealedTopics
                .keyRecords(bootstrapServers, keyTopic).stream()
                .filter(record -> drill.toString().equals(record.key())).toList(), records -> records.size() >= 2);
        assertThat(keyRecords).extracting(record -> record.value() == null).containsExactly(false, true);
        var drillRecords = TopicRecords.readAll(bootstrapServers, drillTopic, QUIET).stream()
                .filter(record -> drill.toString().equals(record.key())).toList();
        byte[] deletion = drillRecords.get(drillRecords.size() - 1).value();
        assertThat(DrillSeal.drillOf(deletion)).isEmpty();
        assertThat(EventJson.read(deletion, DrillEvent.class).payload()).isInstanceOf(DrillDeleted.class);
    }

    @Test
    void givenADeletedDrill_whenItOrItsIncidentIsAskedForOrChangedAgain_thenBothAreUnknown() {
        var scene = new DrillScene(http);
        UUID drill = scene.startDrill();
        String drillIncident = scene.report(DRILL_SUMMARY, drill);
        scene.end(drill);
        assertThat(scene.delete(drill, OFFICER).getStatusCode().value()).isEqualTo(204);

        var again = scene.delete(drill, OFFICER);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rowsNaming(drillIncident) == 0);
        var afterTheErasure = scene.delete(drill, OFFICER);
        var incidentChange = http.exchange("/api/incidents/" + drillIncident + "/phase-changes", HttpMethod.POST,
                json("{\"phase\": \"analysis\"}", OFFICER), JsonNode.class);

        assertThat(List.of(again, afterTheErasure, incidentChange)).allSatisfy(answer -> {
            assertThat(answer.getStatusCode().value()).isEqualTo(404);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        });
        assertThat(rowsNaming(drillIncident)).isZero();
    }

    @Test
    void givenARunningDrillAnUnknownOneOrAnotherHospitals_whenDeleted_thenRefusedAndNothingIsRecorded() {
        var scene = new DrillScene(http);
        UUID running = scene.startDrill();
        UUID ended = scene.startDrill();
        scene.end(ended);
        long before = eventsOf(running.toString()) + eventsOf(ended.toString());

        var runningAnswer = scene.delete(running, OFFICER);
        var unknown = scene.delete(UUID.randomUUID(), OFFICER);
        var anotherHospitals = scene.delete(ended, DrillScene.OTHER_OFFICER);

        assertThat(runningAnswer.getStatusCode().value()).isEqualTo(409);
        assertThat(runningAnswer.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:drill-running");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(anotherHospitals.getStatusCode().value()).isEqualTo(404);
        assertThat(eventsOf(running.toString()) + eventsOf(ended.toString())).isEqualTo(before);
    }

    @Test
    void givenAnIdThatIsNoDrillId_whenDeleted_thenAProblemNamesTheIdEchoingAShortPrefixAndNothingIsRecorded() {
        long before = jdbc.sql("select count(*) from incident.domain_event_entry").query(Long.class).single();

        var malformed = http.exchange("/api/drills/" + "not-a-drill-".repeat(30), HttpMethod.DELETE,
                json(null, OFFICER), JsonNode.class);

        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(malformed.getBody().path("errors").findValuesAsText("pointer")).containsExactly("id");
        assertThat(malformed.getBody().path("value").asText()).startsWith("not-a-drill-").hasSizeLessThan(100);
        assertThat(jdbc.sql("select count(*) from incident.domain_event_entry").query(Long.class).single())
                .isEqualTo(before);
    }

    private long eventsOf(String aggregate) {
        return jdbc.sql("select count(*) from incident.domain_event_entry where aggregate_identifier = :id")
                .param("id", aggregate).query(Long.class).single();
    }

    /** Rows of any table of the service's schema naming the id, as text or inside a byte column. */
    private long rowsNaming(String id) {
        return jdbc.sql("select table_name from information_schema.tables where table_schema = 'incident'"
                        + " and table_type = 'BASE TABLE'").query(String.class).list().stream()
                .mapToLong(table -> jdbc.sql("""
                                select count(*) from incident.%s t
                                where t::text like '%%' || :id || '%%'
                                   or t::text like '%%' || encode(convert_to(:id, 'UTF8'), 'hex') || '%%'"""
                                .formatted(table))
                        .param("id", id).query(Long.class).single())
                .sum();
    }
}
