package eu.vigil.command.publication;

import eu.vigil.command.config.PublicationProperties;
import eu.vigil.command.config.TopicsProperties;
import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes each incident event from the event store to Kafka. It runs in a tracking processor whose token is
 * stored only after this handler returned, and it returns only once the broker acknowledged (acks=all,
 * idempotent producer): an event is published at least once, and in order per incident because the record key
 * is the incident id. A failure propagates (see AxonConfig), so the processor retries the same event, unless the
 * broker refuses the event for good (larger than the topic allows, say): then it is parked in
 * {@link PublicationDeadLetters}, with every later event of its incident behind it, and publication goes on.
 */
@Component
@ProcessingGroup(IncidentEventPublisher.PROCESSING_GROUP)
public class IncidentEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publication";
    private static final Logger log = LoggerFactory.getLogger(IncidentEventPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicsProperties topics;
    private final PublicationProperties publication;
    private final Counter published; // routine success is a metric, not a log line (issue 12 item 18)
    private final PublicationDeadLetters deadLetters;

    IncidentEventPublisher(KafkaTemplate<String, byte[]> kafka, TopicsProperties topics,
                           PublicationProperties publication, MeterRegistry meters,
                           PublicationDeadLetters deadLetters) {
        this.kafka = kafka;
        this.topics = topics;
        this.publication = publication;
        this.deadLetters = deadLetters;
        this.published = Counter.builder("vigil.publication.published")
                .description("Events the broker acknowledged").tag("topic", topics.incidentEvents()).register(meters);
    }

    @EventHandler
    void publish(IncidentEvent event, DomainEventMessage<?> message) {
        var envelope = envelope(event, message);
        byte[] value = EventJson.write(envelope);
        var parkedBefore = deadLetters.parkedEventOf(envelope.aggregateId());
        if (parkedBefore.isPresent()) { // in order per incident: nothing overtakes the parked event
            deadLetters.park(envelope, topics.incidentEvents(), value, "ParkedBehindEarlierEvent",
                    "event " + parkedBefore.get() + " of this incident is parked");
            log.warn("Event {} of incident {} parked behind parked event {}", envelope.eventId(),
                    envelope.aggregateId(), parkedBefore.get());
            return;
        }
        // The append instant is the record timestamp: never a user-entered time, which the broker may refuse.
        var record = new ProducerRecord<>(topics.incidentEvents(), null, message.getTimestamp().toEpochMilli(),
                envelope.aggregateId(), value);
        try {
            kafka.send(record).get(publication.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException(message.getIdentifier(), e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) { // serialisation fails in send()
            Throwable refusal = BrokerRefusals.forGood(e);
            if (refusal == null) {
                throw new PublicationFailedException(message.getIdentifier(), e); // retried from the last token
            }
            deadLetters.park(envelope, topics.incidentEvents(), value, refusal.getClass().getName(),
                    String.valueOf(refusal.getMessage()));
            log.error("The broker refuses event {} of incident {} for good ({}): parked, with the later events of "
                    + "this incident behind it; other incidents go on. Fix the cause (the topic's "
                    + "max.message.bytes, say) and republish from incident.publication_dead_letter in order.",
                    envelope.eventId(), envelope.aggregateId(), refusal.getClass().getSimpleName());
            return;
        }
        published.increment();
        log.debug("Published {} {} of incident {} (sequence {})", envelope.type(), envelope.eventId(),
                envelope.aggregateId(), envelope.aggregateSequence());
    }

    private static EventEnvelope<IncidentEvent> envelope(IncidentEvent event, DomainEventMessage<?> message) {
        return new EventEnvelope<>(UUID.fromString(message.getIdentifier()), EventJson.typeOf(event),
                event.schemaVersion(), message.getAggregateIdentifier(), message.getSequenceNumber(),
                CommandMetaData.hospital(message.getMetaData()), message.getTimestamp(),
                CommandMetaData.actor(message.getMetaData()), event);
    }
}
