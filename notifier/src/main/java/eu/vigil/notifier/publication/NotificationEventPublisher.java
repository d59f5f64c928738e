package eu.vigil.notifier.publication;

import eu.vigil.consumer.drill.DrillKeyring;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.contracts.drill.DrillSeal;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.eventstore.TopicSettings;
import eu.vigil.notifier.obligation.ObligationMetaData;
import eu.vigil.notifier.obligation.ObligationView;
import eu.vigil.publication.EventTrace;
import eu.vigil.publication.ParkingPublisher;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Publishes each obligation event to {@code vigil.notification-events} for the read side, keyed by obligation id,
 * through publication-kit's {@link ParkingPublisher} as command-service publishes incident events: a tracking
 * processor that sends a batch at once, stores its token only after the broker acknowledged all of it, and retries
 * the batch on failure
 * (eventstore-kit's propagating handler errors), so at least once and in order per obligation. An event the broker
 * refuses for good is parked in {@code notification.publication_dead_letter} with the later events of its
 * obligation behind it, and the other obligations' events go on.
 * <p>
 * The event of a drill's obligation is sealed with the drill's key (ADR 0023): its actor and payload travel
 * encrypted, and the drill's deletion, which destroys the key, leaves them readable by no one.
 */
@Component
@ProcessingGroup(NotificationEventPublisher.PROCESSING_GROUP)
public class NotificationEventPublisher {

    public static final String PROCESSING_GROUP = ParkingPublisher.PROCESSING_GROUP;
    private static final Logger log = LoggerFactory.getLogger(NotificationEventPublisher.class);

    private final ParkingPublisher publisher;
    private final TopicSettings topics;
    private final ObligationView obligations;
    private final DrillKeyring keyring;

    NotificationEventPublisher(ParkingPublisher publisher, TopicSettings topics, ObligationView obligations,
                               DrillKeyring keyring) {
        this.publisher = publisher;
        this.topics = topics;
        this.obligations = obligations;
        this.keyring = keyring;
    }

    @EventHandler
    void publish(NotificationEvent event, DomainEventMessage<?> message) {
        var envelope = new EventEnvelope<>(UUID.fromString(message.getIdentifier()), EventJson.typeOf(event),
                event.schemaVersion(), message.getAggregateIdentifier(), message.getSequenceNumber(),
                ObligationMetaData.hospital(message.getMetaData()), message.getTimestamp(),
                ObligationMetaData.actor(message.getMetaData()), event);
        byte[] value = EventJson.write(envelope);
        Optional<UUID> drill = drillOf(UUID.fromString(envelope.aggregateId()));
        if (drill.isPresent()) {
            Optional<DrillKey> key = keyring.key(drill.get());
            if (key.isEmpty() && keyring.deleted(drill.get())) {
                // The drill was deleted and its key destroyed: this obligation is being removed from the event
                // store (DrillDeleted), and a record of it in the clear would outlive the deletion on the topic.
                log.info("Event {} of obligation {} of deleted drill {} not published", envelope.eventId(),
                        envelope.aggregateId(), drill.get());
                return;
            }
            if (key.isEmpty()) {
                // not on the key topic yet (command-service sends a drill's key before its records, and the keys of
                // drills from before keys at its start): the batch is retried, never published in the clear
                throw new IllegalStateException("Drill " + drill.get() + " has no key on the key topic yet");
            }
            value = DrillSeal.seal(value, key.get());
        }
        var record = new ProducerRecord<>(topics.notificationEvents(), null, message.getTimestamp().toEpochMilli(),
                envelope.aggregateId(), value, EventTrace.headers(message.getMetaData()));
        publisher.publish(record, envelope.eventId(), envelope.aggregateId(), envelope.type(),
                envelope.aggregateSequence());
    }

    /**
     * The drill of the obligation's incident, as its read row says (written in the same transaction as every event
     * of it); empty for a real incident's.
     *
     * @throws IllegalStateException when the row is missing: the drill was deleted after the processor read its
     *                               events, and the retry of the batch finds them gone. Never published in the clear.
     */
    private Optional<UUID> drillOf(UUID obligationId) {
        var row = obligations.find(obligationId).orElseThrow(() -> new IllegalStateException(
                "Obligation " + obligationId + " has no read row: not published until it has, or its events are gone"));
        return Optional.ofNullable(row.exercise()).map(Exercise::drillId);
    }
}
