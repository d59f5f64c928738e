package eu.vigil.query.projection;

import eu.vigil.contracts.IncidentId;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/** What the consumer-lag alert and the dashboard read (issue 18): the projection lag and Kafka's own consumer lag. */
@AutoConfigureObservability // Spring Boot switches metrics export off in tests unless asked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ProjectionMetricsIT {

    private static final Pattern REGISTER_LAG_COUNT =
            Pattern.compile("(?m)^vigil_projection_lag_seconds_count\\{[^}]*read_model=\"register\"[^}]*} (\\S+)$");

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    @Test
    void givenAnEventRecordedTwoMinutesAgo_whenTheRegisterAppliesIt_thenPrometheusShowsItsLagAndTheConsumerLag() {
        var incident = IncidentId.generate();
        var recordedAt = Instant.now().minus(Duration.ofMinutes(2));
        var event = reported(incident, "h-brugge", recordedAt);

        new IncidentTopic(bootstrapServers, topic)
                .publish(IncidentEvents.envelope("h-brugge", 0, recordedAt, event.payload()));

        String metrics = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(this::prometheus, body -> registerLagCount(body) >= 1);
        assertThat(gauge(metrics, "vigil_projection_lag_seconds_max", "read_model=\"register\""))
                .isGreaterThanOrEqualTo(120).isLessThan(180);
        assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max{");
    }

    private String prometheus() {
        var response = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private static double registerLagCount(String metrics) {
        var count = REGISTER_LAG_COUNT.matcher(metrics);
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    private static double gauge(String metrics, String name, String label) {
        var line = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} (\\S+)$")
                .matcher(metrics);
        assertThat(line.find()).as("%s{%s} in %s", name, label, metrics).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
