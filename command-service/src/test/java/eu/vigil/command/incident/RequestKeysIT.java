package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.testsupport.RealInfrastructure;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests already handled, remembered in {@code incident.request_key} (RequestKeys) instead of in the incident's
 * replayed state: a retry is answered as the first time, a key with another body is refused, two identical requests
 * at once record once, and a key is forgotten after it expires.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class RequestKeysIT {

    private static final HospitalId HOSPITAL = HospitalId.of("h-request-keys");
    private static final MetaData SENDER = MetaData.with(CommandMetaData.ACTOR_ID, "u-officer-1")
            .and(CommandMetaData.ACTOR_ROLE, "SECURITY_OFFICER").and(CommandMetaData.HOSPITAL_ID, HOSPITAL.value());

    @Autowired CommandGateway commands;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired RequestKeys requestKeys;

    private IncidentId incident;

    @BeforeEach
    void anIncidentIsReported() {
        jdbc.sql("""
                insert into incident.hospital (hospital_id, name, country, time_zone, language)
                values (:id, 'Request keys hospital', 'BE', 'Europe/Brussels', 'en') on conflict do nothing""")
                .param("id", HOSPITAL.value()).update();
        incident = IncidentId.generate();
        Instant now = Instant.now();
        commands.sendAndWait(new ReportIncident(incident, HOSPITAL, "Phishing wave", null, null,
                now.minusSeconds(3600), RsitCategory.MALICIOUS_CODE_C2_SERVER, null, null, now), SENDER);
    }

    @Test
    void aRetriedRequestRecordsOnceAndAnswersAsTheFirstTime() {
        var entry = entry(UUID.randomUUID());
        var retried = SENDER.and(CommandMetaData.REQUEST_ID, "request-" + UUID.randomUUID());

        long first = commands.sendAndWait(entry, retried);
        long retry = commands.sendAndWait(entry, retried);

        assertThat(retry).isEqualTo(first).isEqualTo(1L);
        assertThat(storedEvents()).isEqualTo(2);
        assertThat(jdbc.sql("select created_id from incident.request_key where incident_id = :incident "
                        + "and sequence = 1").param("incident", incident.value()).query(UUID.class).single())
                .isEqualTo(entry.entryId());
    }

    @Test
    void theSameRequestKeyWithAnotherRequestIsRefusedAndRecordsNothing() {
        String key = "request-" + UUID.randomUUID();
        commands.sendAndWait(entry(UUID.randomUUID()), SENDER.and(CommandMetaData.REQUEST_ID, key)
                .and(CommandMetaData.REQUEST_FINGERPRINT, "first-body"));

        assertThatThrownBy(() -> commands.sendAndWait(entry(UUID.randomUUID()),
                SENDER.and(CommandMetaData.REQUEST_ID, key).and(CommandMetaData.REQUEST_FINGERPRINT, "another-body")))
                .isInstanceOf(RequestKeyReusedException.class);
        assertThat(storedEvents()).isEqualTo(2);
    }

    @Test
    void aKeyIsScopedToItsIncident() {
        var key = SENDER.and(CommandMetaData.REQUEST_ID, "request-" + UUID.randomUUID());
        commands.sendAndWait(entry(UUID.randomUUID()), key);
        var other = incident;
        anIncidentIsReported();

        assertThat((long) commands.sendAndWait(entry(UUID.randomUUID()), key)).isEqualTo(1L);
        assertThat(storedEvents()).isEqualTo(2);
        incident = other;
        assertThat(storedEvents()).isEqualTo(2);
    }

    /**
     * The event store is held locked so that all four requests are in flight together: the first has claimed the
     * key and waits to append its event, the others wait on its claim. Released, one event is recorded and every
     * request answers with its sequence.
     */
    @Test
    void identicalRequestsAtOnceRecordOnce() throws Exception {
        var entry = entry(UUID.randomUUID());
        var key = SENDER.and(CommandMetaData.REQUEST_ID, "request-" + UUID.randomUUID());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try (var lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table incident.domain_event_entry in exclusive mode");
            List<CompletableFuture<Long>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> commands.<Long>sendAndWait(entry, key), senders));
            }
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnLocks() >= 4);
            lock.rollback();

            assertThat(answers).extracting(answer -> answer.get()).containsOnly(1L);
        } finally {
            senders.shutdownNow();
        }
        assertThat(storedEvents()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from incident.request_key where incident_id = :incident")
                .param("incident", incident.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anExpiredKeyIsANewRequestAndExpiredKeysAreDeleted() {
        String key = "request-" + UUID.randomUUID();
        jdbc.sql("""
                insert into incident.request_key (request_id, incident_id, fingerprint, sequence, expires_at)
                values (:request, :incident, 'old-body', 0, :expired)""")
                .param("request", key).param("incident", incident.value())
                .param("expired", Timestamp.from(Instant.now().minusSeconds(1))).update();

        long sequence = commands.sendAndWait(entry(UUID.randomUUID()), SENDER.and(CommandMetaData.REQUEST_ID, key)
                .and(CommandMetaData.REQUEST_FINGERPRINT, "new-body"));

        assertThat(sequence).isEqualTo(1L);
        assertThat(storedEvents()).isEqualTo(2);
        requestKeys.deleteExpired(Instant.now().plus(RequestKeys.KEPT).plusSeconds(60));
        assertThat(jdbc.sql("select count(*) from incident.request_key where incident_id = :incident")
                .param("incident", incident.value()).query(Long.class).single()).isZero();
    }

    private AppendTimelineEntry entry(UUID entryId) {
        Instant now = Instant.now();
        return new AppendTimelineEntry(incident, HOSPITAL, entryId, TimelineEntryKind.OBSERVATION,
                "Second mailbox forwards mail", now.minusSeconds(60), now, null, null);
    }

    private long storedEvents() {
        return jdbc.sql("select count(*) from incident.domain_event_entry where aggregate_identifier = :id")
                .param("id", incident.toString()).query(Long.class).single();
    }

    private long waitingOnLocks() {
        return jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                + "and datname = current_database()").query(Long.class).single();
    }
}
