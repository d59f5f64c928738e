package eu.vigil.notifier.incident;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.consumer.fold.EventOutOfOrderException;
import eu.vigil.consumer.incident.IncidentFold;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.notifier.obligation.Duties;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.testsupport.GeneratedIncidents;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class SeenIncidentIT {

    // 15 minutes before EU clocks go forward (2026-03-29 01:00 UTC): the legal clock starts at this instant.
    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired SeenIncidentRecorder recorder;
    @Autowired ObligationView obligations;
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
        assertThat(storedState(incident).lastSequence()).isZero();
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
    }

    @Test
    void givenALaterEventBeforeAnEarlierOneWhenRecordedThenItIsRefusedToParkUntilTheEarlierOneIsIn() {
        var history = GeneratedIncidents.history(7, "h-utrecht", 3);
        recorder.apply(history.get(0));

        assertThatThrownBy(() -> recorder.apply(history.get(2))).isInstanceOf(EventOutOfOrderException.class);

        recorder.apply(history.get(1));
        recorder.apply(history.get(2));
        recorder.apply(history.get(3));
        assertThat(storedState(history.get(0).payload().incidentId()))
                .isEqualTo(IncidentState.of(GeneratedIncidents.payloads(history)));
    }

    @Test
    void givenGeneratedHistoriesWhenRecordedThenTheSeenIncidentAndItsRunningObligationsAreWhatTheOneFoldSays() {
        var histories = LongStream.range(200, 216)
                .mapToObj(seed -> GeneratedIncidents.history(seed, "h-generated", 4 + (int) (seed % 16))).toList();

        for (var history : histories) {
            history.forEach(recorder::apply);
            recorder.apply(history.get(history.size() / 2)); // a duplicate delivery changes nothing

            var state = IncidentState.of(GeneratedIncidents.payloads(history));
            var incident = state.incidentId();
            boolean personalData = state.personalDataInvolved() != YesNoUnknown.NO;
            assertThat(seenOf(incident)).containsEntry("awareAt", state.awareAt())
                    .containsEntry("involved", state.personalDataInvolved().code())
                    .containsEntry("gdprClockRuns", personalData)
                    .containsEntry("significance", String.valueOf(
                            state.significanceDecision() == null ? null : state.significanceDecision().code()));
            assertThat(storedState(incident)).isEqualTo(state);
            boolean nis2 = state.significanceDecision() != null && state.significanceDecision() != Significance.NO;
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(runningRegimesOf(incident)).as("running regimes of generated incident %s", incident)
                            .isEqualTo(Stream.of(personalData ? Duties.GDPR : null, nis2 ? Duties.NIS2 : null)
                                    .filter(Objects::nonNull).collect(Collectors.toSet())));
        }
    }

    private Map<String, Object> seenOf(IncidentId incident) {
        return jdbc.sql("""
                        select aware_at, personal_data_involved, personal_data_aware_at, significance
                          from notification.seen_incident where incident_id = :id""")
                .param("id", incident.value()).query((row, n) -> Map.<String, Object>of(
                        "awareAt", row.getObject("aware_at", OffsetDateTime.class).toInstant(),
                        "involved", row.getString("personal_data_involved"),
                        "gdprClockRuns", row.getObject("personal_data_aware_at") != null,
                        "significance", String.valueOf(row.getString("significance")))).single();
    }

    private Set<String> runningRegimesOf(IncidentId incident) {
        return obligations.runningOfHospital(HospitalId.of("h-generated")).stream()
                .filter(row -> row.incidentId().equals(incident)).map(ObligationRow::regime)
                .collect(Collectors.toSet());
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

    private IncidentState storedState(IncidentId incident) {
        return IncidentFold.read(jdbc.sql("select state from notification.seen_incident where incident_id = :id")
                .param("id", incident.value()).query(String.class).single());
    }
}
