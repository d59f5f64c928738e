package eu.vigil.notifier.publication;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.eventstore.TopicSettings;
import eu.vigil.notifier.obligation.ObligationMetaData;
import eu.vigil.publication.EventTrace;
import eu.vigil.publication.ParkingPublisher;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Publishes each obligation event to {@code vigil.notification-events} for the read side, keyed by obligation id,
 * through publication-kit's {@link ParkingPublisher} as command-service publishes incident events: a tracking
 * processor that sends a batch at once, stores its token only after the broker acknowledged all of it, and retries
 * the batch on failure
 * (eventstore-kit's propagating handler errors), so at least once and in order per obligation. An event the broker
 * refuses for good is parked in {@code notification.publication_dead_letter} with the later events of its
 * obligation behind it, and the other obligations' events go on.
 */
@Component
@ProcessingGroup(NotificationEventPublisher.PROCESSING_GROUP)
public class NotificationEventPublisher {

    public static final String PROCESSING_GROUP = ParkingPublisher.PROCESSING_GROUP;

    private final ParkingPublisher publisher;
    private final TopicSettings topics;

    NotificationEventPublisher(ParkingPublisher publisher, TopicSettings topics) {
        this.publisher = publisher;
        this.topics = topics;
    }

    @EventHandler
    void publish(NotificationEvent event, DomainEventMessage<?> message) {
        var envelope = new EventEnvelope<>(UUID.fromString(message.getIdentifier()), EventJson.typeOf(event),
                event.schemaVersion(), message.getAggregateIdentifier(), message.getSequenceNumber(),
                ObligationMetaData.hospital(message.getMetaData()), message.getTimestamp(),
                ObligationMetaData.actor(message.getMetaData()), event);
        var record = new ProducerRecord<>(topics.notificationEvents(), null, message.getTimestamp().toEpochMilli(),
                envelope.aggregateId(), EventJson.write(envelope), EventTrace.headers(message.getMetaData()));
        publisher.publish(record, envelope.eventId(), envelope.aggregateId(), envelope.type(),
                envelope.aggregateSequence());
    }
}
