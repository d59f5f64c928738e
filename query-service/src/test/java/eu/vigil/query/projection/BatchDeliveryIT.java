package eu.vigil.query.projection;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models take a poll's records as one batch, in one transaction: a record in the middle of a batch that can
 * never be applied is parked alone, and every other record of the batch is applied exactly once.
 */
@SpringBootTest
@RealInfrastructure
class BatchDeliveryIT {

    private static final Instant AWARE = Instant.parse("2026-10-25T00:30:00Z");

    @Autowired JdbcClient jdbc;
    @Autowired KafkaListenerEndpointRegistry listeners;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${spring.kafka.consumer.group-id}") String registerGroup;

    @AfterEach
    void resume() {
        register().resume();
    }

    @Test
    void givenAPoisonedRecordBetweenGoodOnesInOnePoll_whenTheRegisterTakesThePoll_thenOnlyItIsParkedAndTheOthersApplyOnce() {
        var incidents = new IncidentTopic(bootstrapServers, topic);
        var before = IncidentId.generate();
        var poisoned = IncidentId.generate();
        var after = List.of(IncidentId.generate(), IncidentId.generate(), IncidentId.generate());
        pauseRegister();

        incidents.publish(reported(before, "h-brugge", AWARE));
        var nul = IncidentEvents.envelope(new IncidentReported(poisoned, HospitalId.of("h-brugge"), "NUL\u0000here",
                AWARE.minusSeconds(600), AWARE, RsitCategory.FRAUD_PHISHING, YesNoUnknown.UNKNOWN, null));
        incidents.publish(nul);
        after.forEach(incident -> incidents.publish(reported(incident, "h-brugge", AWARE)));
        register().resume();

        // the records of other partitions may be applied before or after the poisoned one is parked
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> registered(after) == after.size() && parked(nul.eventId()) > 0);
        assertThat(rowsOf(before)).isEqualTo(1);
        after.forEach(incident -> assertThat(rowsOf(incident)).isEqualTo(1));
        assertThat(rowsOf(poisoned)).isZero();
        assertThat(parked(nul.eventId())).isEqualTo(1);
    }

    private long parked(UUID event) {
        return jdbc.sql("select count(*) from query.dead_letter where event_id = :event and consumer_group = :group")
                .param("event", event).param("group", registerGroup).query(Long.class).single();
    }

    private void pauseRegister() {
        register().pause();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> register().isContainerPaused());
    }

    private MessageListenerContainer register() {
        return listeners.getListenerContainer("register");
    }

    private long registered(List<IncidentId> incidents) {
        return incidents.stream().mapToLong(this::rowsOf).sum();
    }

    private long rowsOf(IncidentId incident) {
        return jdbc.sql("select count(*) from query.incident_register where incident_id = :id")
                .param("id", UUID.fromString(incident.toString())).query(Long.class).single();
    }
}
