package eu.vigil.command.publication;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.publication.EventTrace;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;

import java.util.UUID;

/** An event of the event store as the topics carry it: its envelope, and the record keyed by its aggregate. */
final class Envelopes {

    private Envelopes() {
    }

    static <E> EventEnvelope<E> of(E event, int schemaVersion, HospitalId hospital, Actor actor,
                                   DomainEventMessage<?> message) {
        return new EventEnvelope<>(UUID.fromString(message.getIdentifier()), EventJson.typeOf(event), schemaVersion,
                message.getAggregateIdentifier(), message.getSequenceNumber(), hospital, message.getTimestamp(),
                actor, event);
    }

    static ProducerRecord<String, byte[]> record(String topic, EventEnvelope<?> envelope,
                                                 DomainEventMessage<?> message) {
        // The append instant is the record timestamp: never a user-entered time, which the broker may refuse.
        return new ProducerRecord<>(topic, null, message.getTimestamp().toEpochMilli(), envelope.aggregateId(),
                EventJson.write(envelope), EventTrace.headers(message.getMetaData()));
    }
}
