package eu.vigil.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on a Kafka topic: one event with the facts every consumer needs to apply it exactly once and in
 * order. Consumers deduplicate by {@code eventId} or by ({@code aggregateId}, {@code aggregateSequence}).
 *
 * @param eventId           unique per event, the same on every redelivery
 * @param type              the payload's type name, such as {@code IncidentReported}
 * @param schemaVersion     the payload's schema version; an older one is upcast by the reader
 * @param aggregateId       the aggregate the event belongs to, also the record key
 * @param aggregateSequence the event's position in its aggregate, from 0
 * @param hospitalId        the hospital the aggregate belongs to
 * @param occurredAt        when the event was recorded, in UTC
 * @param actor             who caused it
 * @param payload           the event itself
 */
public record EventEnvelope<E>(UUID eventId, String type, int schemaVersion, String aggregateId,
                               long aggregateSequence, HospitalId hospitalId, Instant occurredAt, Actor actor,
                               E payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(hospitalId, "hospitalId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
    }
}
