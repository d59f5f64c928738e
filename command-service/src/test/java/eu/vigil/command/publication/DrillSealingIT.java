package eu.vigil.command.publication;

import eu.vigil.command.SealedTopics;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillSeal;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static eu.vigil.command.publication.DrillScene.DRILL_SUMMARY;
import static eu.vigil.command.publication.DrillScene.PARTICIPANT;
import static eu.vigil.command.publication.DrillScene.REAL_SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill's records and its incidents' travel sealed with the drill's key, which the key topic holds from the first
 * of them on (ADR 0023); a real incident's and a drill's shares stay in the clear.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillSealingIT {

    private static final Duration QUIET = Duration.ofMillis(300);

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired DrillKeyTopicRoller roller;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String incidentTopic;
    @Value("${vigil.topics.drill-events}") String drillTopic;
    @Value("${vigil.topics.drill-shares}") String drillShareTopic;
    @Value("${vigil.topics.drill-keys}") String keyTopic;

    @Test
    void givenADrillWithAParticipantAndAnIncident_whenPublished_thenTheirRecordsAreSealedAndOpenWithTheTopicsKey() {
        var scene = new DrillScene(http);
        UUID drill = scene.startDrill();
        String drillIncident = scene.report(DRILL_SUMMARY, drill);

        var drillRecords = awaitRecords(drillTopic, drill.toString(), 1);
        var incidentRecords = awaitRecords(incidentTopic, drillIncident, 1);
        // read after the records; the key is in their Kafka transaction or an earlier one, readable once the
        // transaction's marker reaches the key topic's partition (the broker writes each partition's marker in turn)
        var keys = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> SealedTopics.keys(bootstrapServers, keyTopic), known -> known.containsKey(drill));
        assertThat(concat(drillRecords, incidentRecords)).allSatisfy(record -> {
            assertThat(DrillSeal.drillOf(record.value())).contains(drill);
            assertThat(text(record)).doesNotContain(PARTICIPANT, DRILL_SUMMARY, "u-officer-1");
        });
        var started = EventJson.read(SealedTopics.open(drillRecords.get(0).value(), keys), DrillEvent.class);
        assertThat(((DrillStarted) started.payload()).participants()).containsExactly(PARTICIPANT);
        assertThat(started.actor().userId()).isEqualTo("u-officer-1");
        var reported = EventJson.read(SealedTopics.open(incidentRecords.get(0).value(), keys), IncidentEvent.class);
        assertThat(((IncidentReported) reported.payload()).summary()).isEqualTo(DRILL_SUMMARY);
    }

    @Test
    void givenADrillStarted_whenItsKeyIsPublished_thenTheKeyTopicHoldsItOnceKeyedByTheDrill() {
        var scene = new DrillScene(http);
        UUID drill = scene.startDrill();
        scene.report(DRILL_SUMMARY, drill);
        scene.end(drill);

        awaitRecords(drillTopic, drill.toString(), 2);

        assertThat(SealedTopics.keyRecords(bootstrapServers, keyTopic))
                .filteredOn(record -> drill.toString().equals(record.key()))
                .singleElement().satisfies(record -> assertThat(record.value()).hasSize(32));
    }

    @Test
    void givenADrillFromBeforeDrillsHadKeys_whenTheKeyTopicsRoundRuns_thenTheDrillsKeyIsOnTheTopic() {
        var scene = new DrillScene(http);
        UUID drill = scene.startDrill();
        awaitRecords(drillTopic, drill.toString(), 1);
        jdbc.sql("delete from incident.drill_key where drill_id = :id").param("id", drill).update(); // as before

        roller.round();

        byte[] stored = jdbc.sql("""
                        select key from incident.drill_key where drill_id = :id and published_at is not null""")
                .param("id", drill).query(byte[].class).single();
        var keys = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> SealedTopics.keyRecords(bootstrapServers, keyTopic).stream()
                        .filter(record -> drill.toString().equals(record.key())).toList(), known -> known.size() == 2);
        assertThat(keys.get(1).value()).isEqualTo(stored);
    }

    @Test
    void givenARealIncidentAndADrillIncidentShared_whenPublished_thenTheRealOneAndTheDrillShareAreInTheClear() {
        var scene = new DrillScene(http);
        UUID drill = scene.startDrill();
        String drillIncident = scene.report(DRILL_SUMMARY, drill);
        String realIncident = scene.report(REAL_SUMMARY, null);
        scene.share(drillIncident);

        var real = awaitRecords(incidentTopic, realIncident, 1);
        var share = awaitRecords(drillShareTopic, drillIncident, 1);

        assertThat(concat(real, share)).allSatisfy(record ->
                assertThat(DrillSeal.drillOf(record.value())).isEmpty());
        assertThat(text(real.get(0))).contains(REAL_SUMMARY);
        assertThat(EventJson.read(share.get(0).value(), IncidentEvent.class).type()).isEqualTo("IncidentShared");
    }

    private List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, String key, int atLeast) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicRecords.readAll(bootstrapServers, topic, QUIET).stream()
                        .filter(record -> key.equals(record.key())).toList(),
                records -> records.size() >= atLeast);
    }

    private static List<ConsumerRecord<String, byte[]>> concat(List<ConsumerRecord<String, byte[]>> first,
                                                               List<ConsumerRecord<String, byte[]>> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
