package eu.vigil.notifier.incident;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;
import static eu.vigil.testsupport.IncidentEvents.sampleOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class SeenIncidentIT {

    // 15 minutes before EU clocks go forward (2026-03-29 01:00 UTC): the legal clock starts at this instant.
    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired SeenIncidentRecorder recorder;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${spring.kafka.consumer.group-id}") String group;

    private IncidentTopic incidents;

    @BeforeEach
    void topic() {
        incidents = new IncidentTopic(bootstrapServers, topic);
    }

    @Test
    void aReportedIncidentIsSeenWithWhatObligationsNeed() {
        var incident = IncidentId.generate();
        var before = Instant.now();

        incidents.publish(reported(incident, "h-lyon", AWARE));

        JsonNode seen = awaitSeen(incident).getBody();
        assertThat(seen.get("incidentId").asText()).isEqualTo(incident.toString());
        assertThat(seen.get("hospitalId").asText()).isEqualTo("h-lyon");
        assertThat(Instant.parse(seen.get("awareAt").asText())).isEqualTo(AWARE);
        assertThat(seen.get("personalDataInvolved").asText()).isEqualTo("unknown");
        assertThat(Instant.parse(seen.get("firstSeenAt").asText())).isBetween(before.minusSeconds(5), Instant.now());
    }

    @Test
    void theSameRecordDeliveredTwiceIsSeenOnce() {
        var incident = IncidentId.generate();
        var delivery = reported(incident, "h-lyon", AWARE);

        incidents.publish(delivery);
        var again = incidents.publish(delivery);
        incidents.awaitConsumed(group, again);

        assertThat(rowsOf(incident)).isEqualTo(1);
        assertThat(appliedCount(delivery.eventId().toString())).isEqualTo(1);
    }

    @Test
    void anUnreadableRecordIsParkedInTheDeadLetterTableAndLaterRecordsStillArrive() {
        var incident = IncidentId.generate();
        byte[] garbage = "{\"type\": \"IncidentRep".getBytes(StandardCharsets.UTF_8);

        var unreadable = incidents.send(incident.toString(), garbage);
        incidents.publish(reported(incident, "h-lyon", AWARE));

        awaitSeen(incident);
        var parked = jdbc.sql("""
                        select record_value, reason_class from notification.dead_letter
                        where consumer_group = :group and kafka_partition = :partition and kafka_offset = :offset
                          and replayed_at is null""")
                .param("group", group).param("partition", unreadable.partition())
                .param("offset", unreadable.offset())
                .query((rs, row) -> Map.entry(rs.getBytes("record_value"), rs.getString("reason_class"))).single();
        assertThat(parked.getKey()).isEqualTo(garbage);
        assertThat(parked.getValue()).endsWith("UnreadableEventException");
        var admin = new HttpHeaders();
        admin.setBearerAuth(TestTokens.bearer("u-admin", "ADMIN", null));
        assertThat(http.exchange("/actuator/health", HttpMethod.GET, new HttpEntity<>(admin), JsonNode.class)
                .getBody().at("/components/deadLetters/status").asText()).isEqualTo("DEGRADED");
    }

    @Test
    void recordingTheSameEventTwiceAndOutOfOrderLeavesOneRowPerIncident() {
        var first = reported(IncidentId.generate(), "h-utrecht", AWARE);
        var second = reported(IncidentId.generate(), "h-utrecht", AWARE.plusSeconds(60));

        recorder.apply(second);
        recorder.apply(first);
        recorder.apply(second);

        assertThat(rowsOf(first.payload().incidentId())).isEqualTo(1);
        assertThat(rowsOf(second.payload().incidentId())).isEqualTo(1);
        assertThat(appliedCount(first.eventId().toString())).isEqualTo(1);
        assertThat(appliedCount(second.eventId().toString())).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("everyIncidentEventType")
    void everyIncidentEventTypeIsRecordedOrExplicitlyIgnored(Class<?> type) {
        var delivery = envelope(sampleOf(type));

        assertThatCode(() -> recorder.apply(delivery)).doesNotThrowAnyException();
    }

    static Stream<Class<?>> everyIncidentEventType() {
        return Arrays.stream(IncidentEvent.class.getPermittedSubclasses());
    }

    private ResponseEntity<JsonNode> awaitSeen(IncidentId incident) {
        return Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> http.exchange("/api/seen-incidents/" + incident, HttpMethod.GET, asDpoOfLyon(),
                                JsonNode.class),
                        response -> response.getStatusCode() == HttpStatus.OK);
    }

    private static HttpEntity<Void> asDpoOfLyon() {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo-2", "DPO", "h-lyon"));
        return new HttpEntity<>(headers);
    }

    private long rowsOf(IncidentId incident) {
        return jdbc.sql("select count(*) from notification.seen_incident where incident_id = :id")
                .param("id", incident.value()).query(Long.class).single();
    }

    private long appliedCount(String eventId) {
        return jdbc.sql("select count(*) from notification.applied_event where event_id = cast(:id as uuid)")
                .param("id", eventId).query(Long.class).single();
    }
}
