package eu.vigil.publication;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one event of a service's event store and returns once the broker acknowledged it, for a tracking
 * processor that stores its token only after its handler returned: at least once, and in order per aggregate when
 * the record key is the aggregate id. A failure that may pass (an outage, a timeout) propagates as
 * {@link PublicationFailedException}, so the processor retries the same event. An event the broker refuses for good
 * (larger than the topic allows, invalid, not serialisable) is parked in {@link PublicationDeadLetters} instead,
 * every later event of its aggregate is parked behind it, and publication goes on with the other aggregates.
 */
public class ParkingPublisher {

    /** What became of an event handed to {@link #publish}. */
    public enum Outcome { PUBLISHED, PARKED }

    static final String PARKED_BEHIND = "ParkedBehindEarlierEvent";
    private static final Logger log = LoggerFactory.getLogger(ParkingPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final PublicationDeadLetters deadLetters;
    private final Duration sendTimeout;
    private final MeterRegistry meters;

    ParkingPublisher(KafkaTemplate<String, byte[]> kafka, PublicationDeadLetters deadLetters, Duration sendTimeout,
                     MeterRegistry meters) {
        if (sendTimeout.isNegative() || sendTimeout.isZero()) {
            throw new IllegalArgumentException("vigil.publication.send-timeout must be positive: " + sendTimeout);
        }
        this.kafka = kafka;
        this.deadLetters = deadLetters;
        this.sendTimeout = sendTimeout;
        this.meters = meters;
    }

    /**
     * Publishes the record, or parks it.
     *
     * @param record      keyed by the aggregate id, so that the topic keeps each aggregate's order
     * @param eventId     the event's id, unique in the dead-letter table
     * @param aggregateId the incident or obligation whose later events wait behind a parked one
     * @param eventType   the event's type, for the administrator
     * @param sequence    the event's sequence in its aggregate: parked events are republished in this order
     * @throws PublicationFailedException when the broker did not acknowledge in time and may yet: retry
     */
    public Outcome publish(ProducerRecord<String, byte[]> record, UUID eventId, String aggregateId, String eventType,
                           long sequence) {
        var event = new Publication(record, eventId, aggregateId, eventType, sequence);
        var parkedBefore = deadLetters.parkedEventOf(aggregateId);
        if (parkedBefore.isPresent()) { // in order per aggregate: nothing overtakes the parked event
            deadLetters.park(event, PARKED_BEHIND, "event " + parkedBefore.get() + " of this aggregate is parked");
            log.warn("Event {} of {} parked behind parked event {}", eventId, aggregateId, parkedBefore.get());
            return Outcome.PARKED;
        }
        try {
            kafka.send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException(eventId, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) { // serialisation fails in send()
            Throwable refusal = BrokerRefusals.forGood(e);
            if (refusal == null) {
                throw new PublicationFailedException(eventId, e); // retried from the last token
            }
            deadLetters.park(event, refusal.getClass().getName(), String.valueOf(refusal.getMessage()));
            log.error("The broker refuses event {} of {} for good ({}): parked, with the later events of {} behind "
                            + "it; the others go on. Fix the cause (the topic's max.message.bytes, say) and republish "
                            + "from {} in aggregate_sequence order.", eventId, aggregateId,
                    refusal.getClass().getSimpleName(), aggregateId, deadLetters.table());
            return Outcome.PARKED;
        }
        // routine success is a metric, not a log line (issue 12 item 18)
        Counter.builder("vigil.publication.published").description("Events the broker acknowledged")
                .tag("topic", record.topic()).register(meters).increment();
        log.debug("Published {} {} of {} (sequence {})", eventType, eventId, aggregateId, sequence);
        return Outcome.PUBLISHED;
    }
}
