package eu.vigil.publication;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.LeaderNotAvailableException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which broker failures park an event for good and which are retried (the parking itself: PublicationDeadLetterIT). */
class BrokerRefusalsTest {

    @Test
    void aRecordTooLargeForTheTopicIsRefusedForGoodHoweverItIsWrapped() {
        var tooLarge = new RecordTooLargeException("larger than max.message.bytes");

        assertThat(BrokerRefusals.forGood(new ExecutionException(new KafkaException("send failed", tooLarge))))
                .isSameAs(tooLarge);
    }

    @Test
    void aRecordThatCannotBeSerialisedIsRefusedForGood() {
        assertThat(BrokerRefusals.forGood(new SerializationException("bad bytes")))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void anOutageATimeoutOrALeaderElectionIsRetriedNeverParked() {
        assertThat(BrokerRefusals.forGood(new ExecutionException(new TimeoutException("no ack in time")))).isNull();
        assertThat(BrokerRefusals.forGood(new LeaderNotAvailableException("election"))).isNull();
        assertThat(BrokerRefusals.forGood(new NotEnoughReplicasException("replicas down"))).isNull();
        assertThat(BrokerRefusals.forGood(new java.util.concurrent.TimeoutException("get timed out"))).isNull();
    }
}
