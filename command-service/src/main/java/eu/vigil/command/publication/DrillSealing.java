package eu.vigil.command.publication;

import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.eventstore.TopicSettings;
import eu.vigil.publication.ParkingPublisher;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * A drill's key on its way to {@code vigil.drill-keys} with the records it seals, and its tombstone with the drill's
 * deletion (ADR 0023). The key record is a publication of its own, sent before the sealed record in the same batch,
 * so in the same Kafka transaction: a read-committed consumer never sees the sealed record without its key. It is not
 * in the event's own list of records, whose first one publication-kit parks in the clear if the broker refuses the
 * event: a parked event must neither hold a key nor keep its key off the topic.
 */
@Component
class DrillSealing {

    private static final String KEY_AGGREGATE = "drill-key/";

    private final DrillKeys keys;
    private final ParkingPublisher publisher;
    private final TopicSettings topics;

    DrillSealing(DrillKeys keys, ParkingPublisher publisher, TopicSettings topics) {
        this.keys = keys;
        this.publisher = publisher;
        this.topics = topics;
    }

    /**
     * The key to seal the event's records with, sent to the key topic first when the drill starts or the key has
     * not been sent yet; empty when the drill is deleted, and then nothing of the event may be published.
     */
    Optional<DrillKey> keyFor(UUID drillId, boolean starts, DomainEventMessage<?> message) {
        Optional<DrillKey> key = keys.keyFor(drillId);
        if (key.isPresent() && (keys.toBePublished(drillId) | starts)) {
            publish(SealedRecords.key(topics.drillKeys(), key.get()), drillId, "DrillKey", message);
        }
        return key;
    }

    /**
     * Sends the key of every drill on record whose key is not on the key topic yet, each on its own: a drill from
     * before drills had keys would otherwise have none there until its next event, and the notifier, which seals its
     * obligations' events with it, would wait.
     */
    void publishMissingKeys() {
        for (UUID drillId : keys.notPublished()) {
            keys.keyFor(drillId).ifPresent(key -> {
                UUID id = UUID.nameUUIDFromBytes(("DrillKey/" + drillId).getBytes(StandardCharsets.UTF_8));
                publisher.publish(SealedRecords.key(topics.drillKeys(), key), id, KEY_AGGREGATE + drillId, "DrillKey",
                        0);
                keys.toBePublished(drillId);
            });
        }
    }

    /** The tombstone of the drill's key, and the key destroyed: both or neither, with the processor's batch. */
    void shred(UUID drillId, DomainEventMessage<?> message) {
        publish(SealedRecords.tombstone(topics.drillKeys(), drillId), drillId, "DrillKeyDestroyed", message);
        keys.destroy(drillId);
    }

    private void publish(ProducerRecord<String, byte[]> record, UUID drillId, String type,
                         DomainEventMessage<?> message) {
        UUID id = UUID.nameUUIDFromBytes((type + "/" + message.getIdentifier()).getBytes(StandardCharsets.UTF_8));
        publisher.publish(record, id, KEY_AGGREGATE + drillId, type, message.getSequenceNumber());
    }
}
