package eu.vigil.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// not TestInfrastructureIT: surefire takes Test* classes for unit tests and would run it twice
class IsolatedPropertiesIT {

    private final TestInfrastructure infrastructure = TestInfrastructure.shared();

    @Test
    void eachIsolationHasItsOwnDatabase() throws SQLException {
        var first = infrastructure.isolatedProperties("first");
        var second = infrastructure.isolatedProperties("second");

        execute(first, "create table only_in_first (id int)");

        assertThatThrownBy(() -> execute(second, "select * from only_in_first"))
                .hasMessageContaining("only_in_first");
        assertThat(first.get("spring.datasource.url")).isNotEqualTo(second.get("spring.datasource.url"));
    }

    @Test
    void eachIsolationHasItsOwnTopicsAndConsumerGroup() {
        var first = infrastructure.isolatedProperties("same hint");
        var second = infrastructure.isolatedProperties("same hint");

        for (String key : new String[] {"vigil.topics.incident-events", "vigil.topics.incident-shares",
                "vigil.topics.notification-events", "vigil.topics.drill-events", "vigil.topics.drill-shares",
                "vigil.topics.drill-keys",
                "spring.kafka.consumer.group-id"}) {
            assertThat(first.get(key)).isNotEqualTo(second.get(key));
        }
    }

    @Test
    void eachIsolationTrustsTheTestTokens() {
        var properties = infrastructure.isolatedProperties("tokens");

        assertThat(properties).containsAllEntriesOf(TestTokens.trustProperties());
    }

    @Test
    void aRecordWrittenToAnIsolatedTopicIsReadBack() {
        var properties = infrastructure.isolatedProperties("topic");
        var topic = new IncidentTopic(infrastructure.kafkaBootstrapServers(),
                properties.get("vigil.topics.incident-events").toString());

        topic.send("incident-1", "reported".getBytes(StandardCharsets.UTF_8));

        var records = TopicRecords.readAll(infrastructure.kafkaBootstrapServers(), topic.topic(),
                Duration.ofMillis(500));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("incident-1");
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("reported");
        });
    }

    @Test
    void aTopicThatDoesNotExistReadsAsEmpty() {
        assertThat(TopicRecords.readAll(infrastructure.kafkaBootstrapServers(), "never-written",
                Duration.ofMillis(200))).isEmpty();
    }

    private static void execute(Map<String, Object> properties, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(properties.get("spring.datasource.url").toString(),
                properties.get("spring.datasource.username").toString(),
                properties.get("spring.datasource.password").toString());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
