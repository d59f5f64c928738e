package eu.vigil.query.projection;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;

import java.util.List;

/**
 * A read model fed by one {@code @KafkaListener} of its own: the subclass names the listener (its id is the read
 * model's name) and hands each record to {@link #onRecord}, which reads it and applies it to the live tables, with the
 * event's ids in the log's context; a rebuild applies a batch of records to its new tables through the same
 * projection. The offset is committed only after the projection's transaction.
 *
 * @param <E> the events of the topic
 */
public abstract class ListenedReadModel<E> implements ReadModelFeed {

    private static final byte[] NO_BYTES = {};

    private final String name;
    private final Class<E> events;
    private final String aggregateKey;
    private final List<String> tables;

    /**
     * @param name         the read model's and its listener's id
     * @param aggregateKey the log context's name for the aggregate id ({@code incidentId}, {@code obligationId})
     */
    protected ListenedReadModel(String name, Class<E> events, String aggregateKey, List<String> tables) {
        this.name = name;
        this.events = events;
        this.aggregateKey = aggregateKey;
        this.tables = List.copyOf(tables);
    }

    /** Applies the events, in their order, to the target's tables in the caller's transaction. */
    protected abstract void project(List<EventEnvelope<E>> deliveries, Target target);

    protected void onRecord(ConsumerRecord<String, byte[]> record) {
        var delivery = read(record.value());
        try (var aggregate = MDC.putCloseable(aggregateKey, delivery.aggregateId());
             var event = MDC.putCloseable("eventId", delivery.eventId().toString())) {
            project(List.of(delivery), Target.LIVE);
        }
    }

    @Override
    public void applyAll(List<byte[]> records, Target target) {
        project(records.stream().map(this::read).toList(), target);
    }

    // a tombstone (null value) is as unreadable as garbage and is parked the same way
    private EventEnvelope<E> read(byte[] record) {
        return EventJson.read(record == null ? NO_BYTES : record, events);
    }

    @Override
    public String readModel() {
        return name;
    }

    @Override
    public String listenerId() {
        return name;
    }

    @Override
    public List<String> tables() {
        return tables;
    }
}
