package eu.vigil.publication;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Which failures park an event and which are retried; without Spring, broker or database. */
class ParkingPublisherTest {

    private static final String TOPIC = "vigil.notification-events";
    private static final String AGGREGATE = "7d1c7b0e-51a4-4d6e-9c55-1f2a3b4c5d6e";

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
    private final PublicationDeadLetters deadLetters = mock(PublicationDeadLetters.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ParkingPublisher publisher = new ParkingPublisher(kafka, deadLetters, Duration.ofSeconds(1), meters);
    private final ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, AGGREGATE, new byte[] {1});

    @BeforeEach
    void nothingParkedYet() {
        when(deadLetters.parkedEventOf(AGGREGATE)).thenReturn(Optional.empty());
    }

    @Test
    void anAcknowledgedEventIsCountedAsPublished() {
        when(kafka.send(record)).thenReturn(CompletableFuture.completedFuture(new SendResult<>(record, null)));

        assertThat(publish()).isEqualTo(ParkingPublisher.Outcome.PUBLISHED);
        assertThat(meters.get("vigil.publication.published").tag("topic", TOPIC).counter().count()).isEqualTo(1);
        verify(deadLetters, never()).park(any(), anyString(), anyString());
    }

    @Test
    void aRecordLargerThanTheTopicAllowsIsParkedWithTheBrokersReason() {
        when(kafka.send(record)).thenReturn(CompletableFuture.failedFuture(
                new KafkaException("Send failed", new RecordTooLargeException("The request included a message "
                        + "larger than the max message size the server will accept."))));

        assertThat(publish()).isEqualTo(ParkingPublisher.Outcome.PARKED);
        verify(deadLetters).park(any(Publication.class), eq(RecordTooLargeException.class.getName()),
                eq("The request included a message larger than the max message size the server will accept."));
    }

    @Test
    void aRecordThatCannotBeSerialisedIsParked() {
        when(kafka.send(record)).thenThrow(new SerializationException("Can't convert value"));

        assertThat(publish()).isEqualTo(ParkingPublisher.Outcome.PARKED);
        verify(deadLetters).park(any(Publication.class), eq(SerializationException.class.getName()), anyString());
    }

    @Test
    void aLaterEventOfAnAggregateWithAParkedEventIsParkedBehindItWithoutBeingSent() {
        var earlier = UUID.randomUUID();
        when(deadLetters.parkedEventOf(AGGREGATE)).thenReturn(Optional.of(earlier));

        assertThat(publish()).isEqualTo(ParkingPublisher.Outcome.PARKED);
        verify(deadLetters).park(any(Publication.class), eq("ParkedBehindEarlierEvent"), eq("event " + earlier
                + " of this aggregate is parked"));
        verify(kafka, never()).send(any(ProducerRecord.class));
    }

    @Test
    void aBrokerThatDoesNotAnswerIsRetriedNotParked() {
        when(kafka.send(record)).thenReturn(CompletableFuture.failedFuture(
                new TimeoutException("Expiring 1 record(s) for vigil.notification-events-0")));

        assertThatThrownBy(this::publish).isInstanceOf(PublicationFailedException.class);
        verify(deadLetters, never()).park(any(), anyString(), anyString());
    }

    @Test
    void anAcknowledgementThatNeverComesIsRetriedNotParked() {
        when(kafka.send(record)).thenReturn(new CompletableFuture<>());
        var slow = new ParkingPublisher(kafka, deadLetters, Duration.ofMillis(50), meters);

        assertThatThrownBy(() -> slow.publish(record, UUID.randomUUID(), AGGREGATE, "ObligationOpened", 0))
                .isInstanceOf(PublicationFailedException.class);
        verify(deadLetters, never()).park(any(), anyString(), anyString());
    }

    @Test
    void aLeaderElectionIsRetriedNotParked() {
        when(kafka.send(record)).thenReturn(CompletableFuture.failedFuture(new NotLeaderOrFollowerException("moved")));

        assertThatThrownBy(this::publish).isInstanceOf(PublicationFailedException.class);
        verify(deadLetters, never()).park(any(), anyString(), anyString());
    }

    private ParkingPublisher.Outcome publish() {
        return publisher.publish(record, UUID.randomUUID(), AGGREGATE, "ObligationDeclaredNotRequired", 3);
    }
}
