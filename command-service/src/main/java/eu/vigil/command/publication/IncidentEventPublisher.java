package eu.vigil.command.publication;

import eu.vigil.command.config.PublicationProperties;
import eu.vigil.command.config.TopicsProperties;
import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
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
 * is the incident id. A failure propagates (see AxonConfig), so the processor retries the same event.
 */
@Component
@ProcessingGroup(IncidentEventPublisher.PROCESSING_GROUP)
public class IncidentEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publication";
    private static final Logger log = LoggerFactory.getLogger(IncidentEventPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicsProperties topics;
    private final PublicationProperties publication;

    IncidentEventPublisher(KafkaTemplate<String, byte[]> kafka, TopicsProperties topics,
                           PublicationProperties publication) {
        this.kafka = kafka;
        this.topics = topics;
        this.publication = publication;
    }

    @EventHandler
    void publish(IncidentEvent event, DomainEventMessage<?> message) {
        var envelope = envelope(event, message);
        // The append instant is the record timestamp: never a user-entered time, which the broker may refuse.
        var record = new ProducerRecord<>(topics.incidentEvents(), null, message.getTimestamp().toEpochMilli(),
                envelope.aggregateId(), EventJson.write(envelope));
        try {
            kafka.send(record).get(publication.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException(message.getIdentifier(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublicationFailedException(message.getIdentifier(), e);
        }
        log.info("Published {} {} of incident {} (sequence {})", envelope.type(), envelope.eventId(),
                envelope.aggregateId(), envelope.aggregateSequence());
    }

    private static EventEnvelope<IncidentEvent> envelope(IncidentEvent event, DomainEventMessage<?> message) {
        return new EventEnvelope<>(UUID.fromString(message.getIdentifier()), EventJson.typeOf(event),
                event.schemaVersion(), message.getAggregateIdentifier(), message.getSequenceNumber(),
                CommandMetaData.hospital(message.getMetaData()), message.getTimestamp(),
                CommandMetaData.actor(message.getMetaData()), event);
    }
}
