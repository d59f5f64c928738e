package eu.vigil.publication;

import org.apache.kafka.clients.producer.ProducerRecord;

import java.util.UUID;

/** One event on its way to the topic: its record, and what the dead-letter table keeps of it besides the bytes. */
record Publication(ProducerRecord<String, byte[]> record, UUID eventId, String aggregateId, String eventType,
                   long sequence) {
}
