package eu.vigil.publication;

import org.apache.kafka.clients.producer.ProducerRecord;

import java.util.List;
import java.util.UUID;

/**
 * One event on its way to its topics: its records, all sent in the batch's Kafka transaction or none (the first is
 * the event's own topic, the others copies such as the share topic's), and what the dead-letter table keeps of it
 * besides the first record's bytes.
 */
record Publication(List<ProducerRecord<String, byte[]>> records, UUID eventId, String aggregateId, String eventType,
                   long sequence) {

    Publication {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("an event is published to one topic at least: " + eventId);
        }
        records = List.copyOf(records);
    }

    /** The record of the event's own topic. */
    ProducerRecord<String, byte[]> record() {
        return records.get(0);
    }
}
