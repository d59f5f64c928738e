package eu.vigil.query;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record the register can never apply is parked in {@code query.dead_letter} and the stream goes on; a
 * database outage is waited out, never parked; an administrator lists and replays what is parked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.connection-timeout=1000") // an outage fails fast, and is retried
@RealInfrastructure
class DeadLetterIT {

    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${spring.kafka.consumer.group-id}") String group;
    @Value("${spring.datasource.url}") String databaseUrl;
    @Value("${spring.datasource.username}") String databaseUser;
    @Value("${spring.datasource.password}") String databasePassword;

    private IncidentTopic incidents;

    @BeforeEach
    void topic() {
        incidents = new IncidentTopic(bootstrapServers, topic);
    }

    @Test
    void anEventWhoseTextPostgresRefusesIsParkedAndLaterEventsStillApply() {
        var poisoned = IncidentId.generate();
        var other = IncidentId.generate();
        var nul = reportedWithSummary(poisoned, "Ransom\u0000note");

        incidents.publish(nul);
        var sameIncidentLater = incidents.publish(IncidentEvents.envelope("h-brugge", 1, IncidentEvents.REPORTED,
                new PhaseChanged(poisoned, Phase.DETECTION, Phase.ANALYSIS, null)));
        incidents.publish(reported(other, "h-brugge", AWARE));

        awaitRegistered(other);
        incidents.awaitConsumed(group, sameIncidentLater);
        var parked = deadLetterOf(nul.eventId());
        assertThat(parked.get("eventType").asText()).isEqualTo("IncidentReported");
        assertThat(parked.get("key").asText()).isEqualTo(poisoned.toString());
        assertThat(parked.get("reasonClass").asText()).isEqualTo("org.springframework.dao.DataIntegrityViolationException");
        assertThat(parked.get("reason").asText()).hasSizeLessThanOrEqualTo(201).doesNotContain("Ransom");
        assertThat(storedBytes(parked.get("id").asLong())).isEqualTo(EventJson.write(nul));
        assertThat(meters.get("vigil.consumer.parked").tags("topic", topic, "consumer", group).counter().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(meters.get("vigil.consumer.dead-letters").gauge().value()).isGreaterThanOrEqualTo(1);
        var health = http.exchange("/actuator/health", HttpMethod.GET, as("ADMIN"), JsonNode.class).getBody();
        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.at("/components/deadLetters/details/parked").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(http.getForEntity("/actuator/health/readiness", JsonNode.class).getBody().get("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void anUnreadableRecordIsParkedWithoutEventIdAndLaterRecordsStillArrive() {
        var incident = IncidentId.generate();
        byte[] garbage = "{\"type\": \"IncidentRep".getBytes(StandardCharsets.UTF_8);

        var unreadable = incidents.send(incident.toString(), garbage);
        incidents.publish(reported(incident, "h-brugge", AWARE));

        awaitRegistered(incident);
        long id = jdbc.sql("""
                        select id from query.dead_letter
                        where consumer_group = :group and kafka_partition = :partition and kafka_offset = :offset
                          and event_id is null and reason_class like '%UnreadableEventException'""")
                .param("group", group).param("partition", unreadable.partition())
                .param("offset", unreadable.offset()).query(Long.class).single();
        assertThat(storedBytes(id)).isEqualTo(garbage);
    }

    @Test
    void aDatabaseOutageIsWaitedOutAndNothingIsParked() throws SQLException {
        var incident = IncidentId.generate();
        var delivery = reported(incident, "h-brugge", AWARE);

        refuseConnections(true);
        try {
            incidents.publish(delivery);
            // several attempts fail meanwhile: each connection attempt gives up after a second
            Awaitility.await().pollDelay(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(7)).until(() -> true);
        } finally {
            refuseConnections(false);
        }

        awaitRegistered(incident);
        assertThat(jdbc.sql("select count(*) from query.dead_letter where event_id = :id")
                .param("id", delivery.eventId()).query(Long.class).single()).isZero();
    }

    @Test
    void aReplayedRecordIsAppliedOnceItsCauseIsFixedAndAFailedReplayKeepsItParked() {
        // as if parked by an earlier release that could not apply the event; this release can
        var incident = IncidentId.generate();
        var fixed = reported(incident, "h-brugge", AWARE);
        long parked = park(fixed);
        var poisoned = reportedWithSummary(IncidentId.generate(), "NUL\u0000");
        long stillPoisoned = park(poisoned);

        var replayed = http.exchange("/api/dead-letters/" + parked + "/replay", HttpMethod.POST, as("ADMIN"),
                JsonNode.class);
        var failedAgain = http.exchange("/api/dead-letters/" + stillPoisoned + "/replay", HttpMethod.POST,
                as("ADMIN"), JsonNode.class);

        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.exchange("/api/incidents/" + incident, HttpMethod.GET, asDpo(), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(failedAgain.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(failedAgain.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:replay-failed");
        assertThat(failedAgain.getBody().get("reasonClass").asText())
                .isEqualTo("org.springframework.dao.DataIntegrityViolationException");
        var listed = http.exchange("/api/dead-letters", HttpMethod.GET, as("ADMIN"), JsonNode.class).getBody();
        assertThat(listed.findValuesAsText("id")).contains(String.valueOf(stillPoisoned))
                .doesNotContain(String.valueOf(parked));
        assertThat(http.exchange("/api/dead-letters/" + parked + "/replay", HttpMethod.POST, as("ADMIN"),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aReplayAddressedByAnIdThatIsNoNumberIsAProblemNamingItAndReplaysNothing() {
        long parked = park(reportedWithSummary(IncidentId.generate(), "Still poisoned\u0000"));

        for (String path : List.of("/api/dead-letters/%s/replay", "/admin/dead-letters/query-service/%s/replay")) {
            for (String id : List.of("seven", "99999999999999999999", "1.5", "-")) {
                var refused = http.exchange(path.formatted(id), HttpMethod.POST, as("ADMIN"), JsonNode.class);

                assertThat(refused.getStatusCode()).as(path.formatted(id)).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
                assertThat(refused.getBody().get("errors").findValuesAsText("pointer")).containsExactly("id");
            }
        }
        assertThat(jdbc.sql("select replays from query.dead_letter where id = :id").param("id", parked)
                .query(Integer.class).single()).isZero();
    }

    private static EventEnvelope<IncidentEvent> reportedWithSummary(IncidentId incident, String summary) {
        return ParkedRecords.reportedWithSummary(incident, summary, AWARE);
    }

    private long park(EventEnvelope<IncidentEvent> delivery) {
        return ParkedRecords.park(jdbc, group, topic, delivery);
    }

    private JsonNode deadLetterOf(UUID eventId) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode row : http.exchange("/api/dead-letters", HttpMethod.GET, as("ADMIN"), JsonNode.class)
                    .getBody()) {
                if (eventId.toString().equals(row.path("eventId").asText()) && group.equals(row.get("consumer").asText())) {
                    return row;
                }
            }
            return null;
        }, row -> row != null);
    }

    private byte[] storedBytes(long id) {
        return jdbc.sql("select record_value from query.dead_letter where id = :id").param("id", id)
                .query(byte[].class).single();
    }

    private void awaitRegistered(IncidentId incident) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.exchange("/api/incidents/" + incident,
                HttpMethod.GET, asDpo(), JsonNode.class).getStatusCode() == HttpStatus.OK);
    }

    // the outage: the service's database refuses new connections and loses the ones it had
    private void refuseConnections(boolean refuse) throws SQLException {
        String database = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String maintenance = databaseUrl.substring(0, databaseUrl.lastIndexOf('/') + 1) + "postgres";
        try (var connection = DriverManager.getConnection(maintenance, databaseUser, databasePassword);
             var statement = connection.createStatement()) {
            statement.execute("alter database " + database + " allow_connections " + !refuse);
            if (refuse) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                        + database + "'");
            }
        }
    }

    private static HttpEntity<Void> as(String role) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-" + role.toLowerCase(), role, null));
        return new HttpEntity<>(headers);
    }

    private static HttpEntity<Void> asDpo() {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo-1", "DPO", "h-brugge"));
        return new HttpEntity<>(headers);
    }
}
