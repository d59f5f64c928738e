package eu.vigil.notifier.drill;

import com.icegreen.greenmail.util.GreenMail;
import eu.vigil.consumer.drill.DrillKeyring;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.testsupport.IncidentTopic;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deleting a drill (ADR 0023) removes its obligations from the notifier's event store, its read rows, its pending
 * reminders and its participants, and leaves the real incident of the same hospital as it was; a record of the drill
 * that arrives after its key's tombstone is skipped, never parked.
 */
class DrillDeletionIT extends SealedDrillFixture {

    @Autowired GreenMail mailServer;
    @Autowired MeterRegistry meters;
    @Autowired TransactionTemplate transactions;

    long realEventsBefore;
    long drillsMailBefore;

    @BeforeAll
    void theDrillIsDeletedAndItsKeyTombstoned() {
        realEventsBefore = storedEventsOf(realObligations);
        drillsMailBefore = mailOf(drillsObligations).size();
        awaitConsumed(deleted());
        new IncidentTopic(bootstrapServers, keyTopic).send(drillId.toString(), null);
    }

    @Test
    void givenADeletedDrillThenNothingOfItIsInTheEventStoreTheReadTablesOrTheScheduledTasks() {
        var ids = drillsObligations.stream().map(UUID::toString).toList();

        assertThat(storedEventsOf(drillsObligations)).isZero();
        assertThat(count("notification.snapshot_event_entry where aggregate_identifier in (:ids)", ids)).isZero();
        assertThat(count("notification.publication_dead_letter where aggregate_id in (:ids)", ids)).isZero();
        assertThat(count("notification.obligation where obligation_id in (:ids)", drillsObligations)).isZero();
        assertThat(count("notification.draft_version where obligation_id in (:ids)", drillsObligations)).isZero();
        assertThat(count("notification.seen_incident where incident_id in (:ids)", List.of(drillsIncident.value())))
                .isZero();
        assertThat(count("notification.seen_timeline_entry where incident_id in (:ids)",
                List.of(drillsIncident.value()))).isZero();
        assertThat(participants.of(drillId)).isEmpty();
        assertThat(deadlines()).doesNotContainAnyElementsOf(drillsDeadlines);
    }

    @Test
    void givenADeletedDrillWhenItsReminderWouldHaveFallenDueThenNoneIsMailedWhileTheRealIncidentsIs() {
        // the drill's reminder fell due 15 s before its early warning, at 45 s; the real one's escalation comes at 75 s
        Awaitility.await().atMost(Duration.ofSeconds(120))
                .until(() -> mailOf(realObligations).stream().anyMatch(mail -> subject(mail).contains("LATE")));

        assertThat(mailOf(drillsObligations)).hasSize((int) drillsMailBefore);
    }

    @Test
    void givenARealIncidentOfTheSameHospitalWhenTheDrillIsDeletedThenItsObligationsAreUntouched() {
        assertThat(storedEventsOf(realObligations)).isGreaterThanOrEqualTo(realEventsBefore);
        assertThat(realObligations).allSatisfy(obligation -> assertThat(view.find(obligation)).isPresent());
        assertThat(count("notification.seen_incident where incident_id in (:ids)", List.of(real.value()))).isOne();
    }

    @Test
    void givenARealObligationWhenTheDatabaseFunctionIsAskedToDeleteItThenItRefusesAndRemovesNothing() {
        String realOne = "{" + realObligations.get(0) + "}";

        assertThatThrownBy(() -> jdbc.sql("select notification.delete_drill_obligations(:drill, cast(:ids as uuid[]))")
                .param("drill", drillId).param("ids", realOne).query(Long.class).single())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("is not of an incident of drill");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("select set_config('notification.deleting_drill', :drill, true)").param("drill", drillId.toString())
                    .query(String.class).single();
            jdbc.sql("delete from notification.domain_event_entry where aggregate_identifier = :id")
                    .param("id", realObligations.get(0).toString()).update();
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(storedEventsOf(realObligations)).isGreaterThanOrEqualTo(realEventsBefore);
    }

    @Test
    void givenADeletedDrillWhenDrillDeletedIsDeliveredAgainThenNothingMoreChangesAndNothingIsParked() {
        awaitConsumed(deleted());

        assertThat(storedEventsOf(drillsObligations)).isZero();
        assertThat(storedEventsOf(realObligations)).isGreaterThanOrEqualTo(realEventsBefore);
        assertThat(parked()).isZero();
    }

    @Test
    void givenTheKeyTombstonedWhenASealedRecordOfTheDeletedDrillArrivesThenItIsSkippedAndNotParked() {
        double shreddedBefore = meters.counter(DrillKeyring.SHREDDED_METRIC).count();

        awaitConsumed(sealed(incidentTopic, envelope(HOSPITAL, 3, Instant.now(),
                new SignificanceAssessed(drillsIncident, Significance.NO, "Only a drill"))));

        assertThat(meters.counter(DrillKeyring.SHREDDED_METRIC).count()).isGreaterThan(shreddedBefore);
        assertThat(count("notification.seen_incident where incident_id in (:ids)", List.of(drillsIncident.value())))
                .isZero();
        assertThat(parked()).isZero();
    }

    private RecordMetadata deleted() {
        return new IncidentTopic(bootstrapServers, drillTopic).publish(new EventEnvelope<DrillEvent>(UUID.randomUUID(),
                "DrillDeleted", 1, drillId.toString(), 9, HospitalId.of(HOSPITAL), Instant.now(),
                new Actor("u-officer-1", "SECURITY_OFFICER"), new DrillDeleted(drillId, Instant.now())));
    }

    private void awaitConsumed(RecordMetadata record) {
        new IncidentTopic(bootstrapServers, record.topic()).awaitConsumed(group, record);
    }

    private long count(String fromWhere, List<?> ids) {
        return jdbc.sql("select count(*) from " + fromWhere).param("ids", ids).query(Long.class).single();
    }

    /** The records of this drill and its incident parked (the context's other tests park their own). */
    private long parked() {
        return jdbc.sql("select count(*) from notification.dead_letter where record_key in (:drill, :incident)")
                .param("drill", drillId.toString()).param("incident", drillsIncident.toString())
                .query(Long.class).single();
    }

    private List<MimeMessage> mailOf(List<UUID> obligations) {
        var ids = obligations.stream().map(UUID::toString).toList();
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(mail -> ids.contains(header(mail, "X-Vigil-Obligation-Id"))).toList();
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
