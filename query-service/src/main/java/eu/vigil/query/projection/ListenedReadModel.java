package eu.vigil.query.projection;

import eu.vigil.consumer.drill.DrillKeyring;
import eu.vigil.consumer.trace.RecordTracing;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A read model fed by one batch {@code @KafkaListener} of its own: the subclass names the listener (its id is the
 * read model's name) and hands each poll's records to {@link #onRecords}, which applies them to the live tables in one
 * transaction; a rebuild applies a batch of records to its new tables through the same projection. The offsets are
 * committed only after the projection's transaction.
 * <p>
 * Every record is opened through the {@link DrillKeyring} first (ADR 0023): a drill's sealed record is read with its
 * drill's key, and one whose key is gone (a deleted drill's) is skipped as applied, live and in a rebuild alike; one
 * that does not open is unreadable and parked.
 *
 * @param <E> the events of the topic
 */
public abstract class ListenedReadModel<E> implements ReadModelFeed {

    static final String LAG_METRIC = "vigil.projection.lag";

    private static final Logger log = LoggerFactory.getLogger(ListenedReadModel.class);
    private static final byte[] NO_BYTES = {};

    private final String name;
    private final Class<E> events;
    private final String aggregateKey;
    private final List<String> tables;
    private Clock clock;
    private Timer lag; // none in a read model built outside Spring
    private RecordTracing tracing = RecordTracing.NONE;
    private DrillKeyring keyring;

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

    /**
     * The projection lag (issue 18): from an event's {@code occurredAt} to the moment this read model applied it, one
     * timer per read model. Its maximum is what the consumer-lag alert watches.
     */
    @Autowired
    void measureLag(MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.lag = Timer.builder(LAG_METRIC).description("From an event's occurredAt to its read model applying it")
                .tag("read_model", name).register(meters);
    }

    /** Each record's trace continues while it is applied (issue 18): consumer-kit's, as for every batch listener. */
    @Autowired
    void traceRecords(RecordTracing tracing) {
        this.tracing = tracing;
    }

    @Autowired
    void openDrillRecords(DrillKeyring keyring) {
        this.keyring = keyring;
    }

    /** Applies the events, in their order, to the target's tables in the caller's transaction. */
    protected abstract void project(List<EventEnvelope<E>> deliveries, Target target);

    /**
     * Applies a poll's records in one transaction. When that fails, it applies them again one at a time, each in a
     * transaction of its own, with the event's ids in the log's context: the records before the failing one are kept,
     * and the failing one is handed to the container's error handler, which commits the offsets before it and
     * retries or parks exactly that record, as it would for a record listener. Each record's trace continues
     * meanwhile ({@link RecordTracing}).
     */
    protected void onRecords(List<ConsumerRecord<String, byte[]>> records) {
        if (records.size() > 1) {
            try {
                tracing.applying(name, records, log.isDebugEnabled() ? this::logApplying : null,
                        () -> applyTogether(records));
                return;
            } catch (RuntimeException batchFailed) {
                log.debug("A batch of {} records failed in read model {} ({}); applying them one at a time",
                        records.size(), name, batchFailed.getClass().getSimpleName());
            }
        }
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                onRecord(record);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("Record failed in read model " + name, e, record);
            }
        }
    }

    private void applyTogether(List<ConsumerRecord<String, byte[]>> records) {
        var deliveries = records.stream().flatMap(record -> read(record.value()).stream()).toList();
        log.debug("Applying {} events to read model {}", deliveries.size(), name);
        project(deliveries, Target.LIVE);
        deliveries.forEach(this::applied);
    }

    // in a batch too, a debug line per event in the event's own trace, with its ids: what an operator follows
    private void logApplying(ConsumerRecord<String, byte[]> record) {
        if (record.value() != null) {
            EventEnvelope<E> delivery;
            try {
                delivery = read(record.value()).orElse(null);
            } catch (RuntimeException unreadable) {
                return; // the batch fails on it and parks it, one record at a time
            }
            if (delivery == null) {
                return; // a deleted drill's: skipped
            }
            try (var aggregate = MDC.putCloseable(aggregateKey, delivery.aggregateId());
                 var event = MDC.putCloseable("eventId", delivery.eventId().toString())) {
                log.debug("Applying event {} to read model {}", delivery.eventId(), name);
            }
        }
    }

    private void onRecord(ConsumerRecord<String, byte[]> record) {
        tracing.applying(name, List.of(record), () -> {
            var opened = read(record.value());
            if (opened.isEmpty()) {
                return; // a deleted drill's record: skipped as applied, its offset committed
            }
            var delivery = opened.get();
            try (var aggregate = MDC.putCloseable(aggregateKey, delivery.aggregateId());
                 var event = MDC.putCloseable("eventId", delivery.eventId().toString())) {
                log.debug("Applying event {} to read model {}", delivery.eventId(), name);
                project(List.of(delivery), Target.LIVE);
            }
            applied(delivery);
        });
    }

    private void applied(EventEnvelope<E> delivery) {
        if (lag != null) {
            lag.record(Duration.between(delivery.occurredAt(), clock.instant()));
        }
    }

    @Override
    public void applyAll(List<byte[]> records, Target target) {
        project(records.stream().flatMap(record -> read(record).stream()).toList(), target);
    }

    // a tombstone (null value) is as unreadable as garbage and is parked the same way; empty for a deleted drill's
    private Optional<EventEnvelope<E>> read(byte[] record) {
        if (record == null) {
            return Optional.of(EventJson.read(NO_BYTES, events));
        }
        Optional<byte[]> opened = keyring == null ? Optional.of(record) : keyring.open(record);
        return opened.map(json -> EventJson.read(json, events));
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
