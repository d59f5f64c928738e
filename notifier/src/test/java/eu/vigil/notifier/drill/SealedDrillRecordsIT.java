package eu.vigil.notifier.drill;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.contracts.drill.DrillSeal;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationSubmitted;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill's records travel sealed with its key (ADR 0023): the notifier publishes its obligations' events so, the
 * topic's bytes naming no person and holding no payload text, and the key opens them; a real incident's stay in the
 * clear. A sealed record that does not open with its drill's key is parked as an unreadable one is.
 */
class SealedDrillRecordsIT extends SealedDrillFixture {

    @Test
    void givenADrillsObligationsWhenPublishedThenTheirRecordsAreSealedAndNameNoPersonNorAnyPayloadText() {
        var drills = recordsOf(drillsObligations, 6); // five opened, one submitted

        assertThat(drills).allSatisfy(record -> {
            assertThat(DrillSeal.drillOf(record.value())).contains(drillId);
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .doesNotContain(DPO, REFERENCE, AUTHORITY, "Early warning", "notifier", "payload", "actor");
        });
    }

    @Test
    void givenASealedRecordOfADrillsObligationWhenOpenedWithTheDrillsKeyThenItIsTheEventAsRecorded() {
        var submission = recordsOf(List.of(drillsGdprNotification()), 2).stream()
                .map(record -> EventJson.read(DrillSeal.open(record.value(), key), NotificationEvent.class))
                .filter(envelope -> envelope.payload() instanceof ObligationSubmitted).findFirst().orElseThrow();

        assertThat(((ObligationSubmitted) submission.payload()).reference()).isEqualTo(REFERENCE);
        assertThat(submission.actor().userId()).isEqualTo(DPO);
        assertThat(submission.aggregateId()).isEqualTo(drillsGdprNotification().toString());
    }

    @Test
    void givenARealIncidentsObligationsWhenPublishedThenTheyStayInTheClear() {
        var reals = recordsOf(realObligations, 3);

        assertThat(reals).allSatisfy(record -> {
            assertThat(DrillSeal.drillOf(record.value())).isEmpty();
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"actor\"", "\"payload\"");
        });
        assertThat(reals).anySatisfy(record ->
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains(AUTHORITY));
    }

    @Test
    void givenARecordSealedWithAnotherKeyThanItsDrillsWhenConsumedThenItIsParkedAsUnreadable() {
        var forged = envelope(HOSPITAL, 3, Instant.now(), new SignificanceAssessed(drillsIncident, Significance.NO,
                "Forged"));
        new IncidentTopic(bootstrapServers, incidentTopic).send(forged.aggregateId(),
                DrillSeal.seal(EventJson.write(forged), DrillKey.generate(drillId)));

        var parked = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select reason_class from notification.dead_letter where event_id = :event""")
                .param("event", forged.eventId()).query(String.class).list(), reasons -> !reasons.isEmpty());
        assertThat(parked).singleElement().asString().endsWith("TamperedRecordException");
        assertThat(view.find(drillsEarlyWarning())).isPresent();
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(List<UUID> obligations, int atLeast) {
        var keys = obligations.stream().map(UUID::toString).toList();
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TopicRecords.readAll(bootstrapServers,
                        notificationTopic, Duration.ofSeconds(1)).stream()
                        .filter(record -> keys.contains(record.key())).toList(),
                records -> records.size() >= atLeast);
    }
}
