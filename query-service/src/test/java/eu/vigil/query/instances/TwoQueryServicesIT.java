package eu.vigil.query.instances;

import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.TestInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static eu.vigil.query.instances.QueryServiceInstances.INCIDENT_READ_MODELS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query services on one database and one broker, as two replicas run: every read model's consumer group has a
 * member in each, the topics' partitions are shared between them, and every event still reaches each read model
 * exactly once, also when one of them stops in the middle of the stream.
 */
class TwoQueryServicesIT {

    private static final int PARTITIONS = 3;
    private static final int INCIDENTS = 12;
    private static final int EVENTS_AFTER_REPORT = 30; // 372 events in all

    @Test
    void givenTwoQueryServicesSharingThePartitions_whenHundredsOfEventsArrive_thenEachReadModelHoldsEachEventOnce() {
        var histories = Histories.generate(INCIDENTS, EVENTS_AFTER_REPORT);
        var properties = properties();
        try (var services = QueryServiceInstances.start(2, properties)) {
            awaitPartitionsShared(services);
            var rows = new ReadModelRows(services.first().getBean(JdbcClient.class));

            topic(properties).publishAll(histories.firstPart(1.0));

            awaitAllApplied(rows, histories);
            assertExactlyWhatOneServiceMakes(rows, histories);
        }
    }

    @Test
    void givenTwoQueryServices_whenOneStopsMidStream_thenTheOtherTakesItsPartitionsAndEachEventIsAppliedOnce() {
        var histories = Histories.generate(INCIDENTS, EVENTS_AFTER_REPORT);
        var properties = properties();
        try (var services = QueryServiceInstances.start(2, properties)) {
            awaitPartitionsShared(services);
            var rows = new ReadModelRows(services.first().getBean(JdbcClient.class));
            var topic = topic(properties);
            topic.publishAll(histories.firstPart(0.5));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> rows.timelineRows() > 0);

            services.stopLast();
            topic.publishAll(histories.rest(0.5));

            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> INCIDENT_READ_MODELS.forEach(
                    readModel -> assertThat(services.partitionsHeld(readModel)).containsExactly(PARTITIONS)));
            awaitAllApplied(rows, histories);
            assertExactlyWhatOneServiceMakes(rows, histories);
        }
    }

    private static Map<String, Object> properties() {
        var properties = new HashMap<String, Object>(TestInfrastructure.shared().isolatedProperties("two-queries"));
        properties.putAll(Map.of("server.port", 0, "vigil.topics.partitions", PARTITIONS,
                // one key for both, as production sets it: without one, each draws its own and their pseudonyms differ
                "vigil.cert.pseudonym-key", "two-query-services-share-this-pseudonym-key"));
        return properties;
    }

    private static IncidentTopic topic(Map<String, Object> properties) {
        return new IncidentTopic(TestInfrastructure.shared().kafkaBootstrapServers(),
                properties.get("vigil.topics.incident-events").toString());
    }

    private static void awaitPartitionsShared(QueryServiceInstances services) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(services::eachHoldsPartitions);
    }

    private static void awaitAllApplied(ReadModelRows rows, Histories histories) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> rows.timelineRows() == histories.events()
                && rows.registerSequences().equals(histories.registerSequences())
                && rows.shares().equals(histories.shares()));
    }

    private static void assertExactlyWhatOneServiceMakes(ReadModelRows rows, Histories histories) {
        // and for a while longer nothing is applied again
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> rows.timelineRows() == histories.events());
        assertThat(rows.timeline()).containsExactlyInAnyOrderElementsOf(histories.timeline());
        assertThat(rows.registerSequences()).isEqualTo(histories.registerSequences());
        histories.states().forEach((incident, state) -> assertThat(rows.registerState(incident)).isEqualTo(state));
        assertThat(rows.shares()).isEqualTo(histories.shares());
        assertThat(rows.pseudonymsPerHospital().values()).allMatch(names -> names == 1L);
    }
}
