package eu.vigil.publication;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the events of a service's event store to Kafka from the publishing processor, one Kafka transaction per
 * processor batch (ADR 0018): the batch's records are sent without waiting for each other, and before the batch's unit
 * of work commits, with its token, every record is acknowledged and the Kafka transaction committed. A failure that may
 * pass (an outage, a timeout) fails the batch with {@link PublicationFailedException}: the Kafka transaction is
 * aborted, so read-committed consumers never see its records, and the processor retries the batch from its last token.
 * At least once (a crash between the two commits publishes a batch again; consumers deduplicate by event id), in order
 * per aggregate when the record key is the aggregate id. An event the broker refuses for good (larger than the topic
 * allows, invalid) is parked in {@link PublicationDeadLetters} instead, every later event of its aggregate is parked
 * behind it, and publication goes on with the other aggregates.
 */
public class ParkingPublisher {

    /** The processing group of each service's publishing handler; the kit configures its processor. */
    public static final String PROCESSING_GROUP = "kafka-publication";

    static final String PARKED_BEHIND = "ParkedBehindEarlierEvent";
    private static final String BATCH = ParkingPublisher.class.getName() + ".batch";
    private static final Logger log = LoggerFactory.getLogger(ParkingPublisher.class);

    private final PublicationProducer producer;
    private final PublicationDeadLetters deadLetters;
    private final Duration sendTimeout;
    private final MeterRegistry meters;
    private final PublicationTracing tracing;
    // refused for good in a try of a batch that had to be aborted: the retry parks them without sending
    private final Map<UUID, Throwable> refusedForGood = new ConcurrentHashMap<>();

    ParkingPublisher(PublicationProducer producer, PublicationDeadLetters deadLetters, Duration sendTimeout,
                     MeterRegistry meters, PublicationTracing tracing) {
        if (sendTimeout.isNegative() || sendTimeout.isZero()) {
            throw new IllegalArgumentException("vigil.publication.send-timeout must be positive: " + sendTimeout);
        }
        this.producer = producer;
        this.deadLetters = deadLetters;
        this.sendTimeout = sendTimeout;
        this.meters = meters;
        this.tracing = tracing;
    }

    /**
     * Publishes the record, or parks it. In a unit of work (the processor's batch) it returns once the record is
     * sent, and the unit of work commits only after the whole batch is; outside one, once it is published.
     *
     * @param record      keyed by the aggregate id, so that the topic keeps each aggregate's order, with the
     *                    event's trace in its headers ({@link EventTrace#headers})
     * @param eventId     the event's id, unique in the dead-letter table
     * @param aggregateId the incident or obligation whose later events wait behind a parked one
     * @param eventType   the event's type, for the administrator
     * @param sequence    the event's sequence in its aggregate: parked events are republished in this order
     * @throws PublicationFailedException when the broker did not acknowledge in time and may yet: retry
     */
    public void publish(ProducerRecord<String, byte[]> record, UUID eventId, String aggregateId, String eventType,
                        long sequence) {
        publish(List.of(record), eventId, aggregateId, eventType, sequence);
    }

    /**
     * Publishes the event's records together, or parks the event: the first record is the event's own topic's, the
     * others go to further topics (the share topic) in the same Kafka transaction, so a consumer of either never
     * sees one without the other. A parked event keeps its first record; the others are made from it again.
     */
    public void publish(List<ProducerRecord<String, byte[]>> records, UUID eventId, String aggregateId,
                        String eventType, long sequence) {
        var event = new Publication(records, eventId, aggregateId, eventType, sequence);
        if (CurrentUnitOfWork.isStarted()) {
            batchOf(CurrentUnitOfWork.get().root()).add(event);
            return;
        }
        var alone = new PublicationBatch(this);
        try {
            alone.add(event);
            commit(alone);
        } catch (RuntimeException e) {
            producer.abort();
            throw e;
        }
    }

    private PublicationBatch batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            var batch = new PublicationBatch(this);
            unitOfWork.onPrepareCommit(committing -> commit(batch)); // before the token, in the same transaction
            unitOfWork.onRollback(rolledBack -> {
                producer.abort();
                // an outage shows as batches retried, before any event waits long
                Counter.builder("vigil.publication.batches-retried")
                        .description("Batches whose Kafka transaction was aborted, to be retried from the last token")
                        .register(meters).increment();
            });
            return batch;
        });
    }

    private void commit(PublicationBatch batch) {
        batch.settleAll();
        try {
            producer.commit();
        } catch (RuntimeException e) {
            throw new PublicationFailedException(e);
        }
        for (var event : batch.sentEvents()) {
            // routine success is a metric, not a log line (issue 12 item 18)
            event.records().forEach(record -> Counter.builder("vigil.publication.published")
                    .description("Records the broker acknowledged").tag("topic", record.topic()).register(meters)
                    .increment());
            log.debug("Published {} {} of {} (sequence {})", event.eventType(), event.eventId(),
                    event.aggregateId(), event.sequence());
        }
    }

    /** Sends the event's records in the batch's transaction; or parks it and answers null. */
    List<Future<RecordMetadata>> sendUnlessParked(Publication event, PublicationBatch batch) {
        var refusal = refusedForGood.remove(event.eventId());
        if (refusal != null) {
            park(event, refusal);
            batch.parked();
            return null;
        }
        var parkedBefore = batch.anyParked(deadLetters::anyParked)
                ? deadLetters.parkedEventOf(event.aggregateId()) : Optional.<UUID>empty();
        if (parkedBefore.isPresent()) { // in order per aggregate: nothing overtakes the parked event
            deadLetters.park(event, PARKED_BEHIND, "event " + parkedBefore.get() + " of this aggregate is parked");
            log.warn("Event {} of {} parked behind parked event {}", event.eventId(), event.aggregateId(),
                    parkedBefore.get());
            return null;
        }
        var sent = new ArrayList<Future<RecordMetadata>>();
        for (var record : event.records()) {
            try {
                sent.add(tracing.send(record, producer::send));
            } catch (RuntimeException e) { // no producer (the broker is away), or the record refused before sending
                if (BrokerRefusals.forGood(e) != null) {
                    sent.add(CompletableFuture.failedFuture(e));
                    return sent;
                }
                throw new PublicationFailedException(event.eventId(), e);
            }
        }
        return sent;
    }

    /** Waits for the broker's acknowledgements; throws when one is missing, remembering a refusal for good. */
    void settle(Publication event, List<Future<RecordMetadata>> acknowledgements) {
        try {
            for (var acknowledgement : acknowledgements) {
                acknowledgement.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException(event.eventId(), e);
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            Throwable refusal = BrokerRefusals.forGood(e);
            if (refusal != null) {
                // the transaction cannot commit with a failed send: abort it, and park this one when retried
                refusedForGood.put(event.eventId(), refusal);
                log.warn("The broker refuses event {} of {} for good ({}): the batch is retried with it parked",
                        event.eventId(), event.aggregateId(), refusal.getClass().getSimpleName());
            }
            throw new PublicationFailedException(event.eventId(), e);
        }
    }

    private void park(Publication event, Throwable refusal) {
        deadLetters.park(event, refusal.getClass().getName(), String.valueOf(refusal.getMessage()));
        log.error("The broker refuses event {} of {} for good ({}): parked, with the later events of {} behind it; the"
                        + " others go on. Fix the cause (the topic's max.message.bytes, say) and republish from {} in"
                        + " aggregate_sequence order.", event.eventId(), event.aggregateId(),
                refusal.getClass().getSimpleName(), event.aggregateId(), deadLetters.table());
    }
}
