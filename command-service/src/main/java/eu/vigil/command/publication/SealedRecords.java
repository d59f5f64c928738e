package eu.vigil.command.publication;

import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.contracts.drill.DrillSeal;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.util.UUID;

/**
 * The one home of sealing a drill's records (ADR 0023): an envelope's record sealed with its drill's key, and the
 * key topic's records, the key keyed by drill id and its tombstone.
 */
final class SealedRecords {

    private SealedRecords() {
    }

    /** The same record (topic, key, timestamp, trace headers) with its actor and payload sealed. */
    static ProducerRecord<String, byte[]> sealed(ProducerRecord<String, byte[]> record, DrillKey key) {
        return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(),
                DrillSeal.seal(record.value(), key), record.headers());
    }

    static ProducerRecord<String, byte[]> key(String topic, DrillKey key) {
        return new ProducerRecord<>(topic, key.drillId().toString(), key.bytes());
    }

    /** The deletion: compaction then takes the key off the broker. */
    static ProducerRecord<String, byte[]> tombstone(String topic, UUID drillId) {
        return new ProducerRecord<>(topic, drillId.toString(), null);
    }
}
