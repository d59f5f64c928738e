package eu.vigil.query.feed;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.query.projection.ReadModelFeed;
import eu.vigil.query.projection.Target;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Feeds the incident events to the CERT feed in a consumer group of its own; the projection keeps only the share
 * events. The offset is committed only after the projection's transaction.
 */
@Component
class SharedIncidentListener implements ReadModelFeed {

    static final String ID = "cert-feed";
    private static final byte[] NO_BYTES = {};

    private final SharedIncidentProjection projection;

    SharedIncidentListener(SharedIncidentProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${vigil.topics.incident-events}",
            groupId = "${vigil.cert.consumer-group}")
    void on(ConsumerRecord<String, byte[]> record) {
        var delivery = read(record.value());
        try (var incident = MDC.putCloseable("incidentId", delivery.aggregateId());
             var event = MDC.putCloseable("eventId", delivery.eventId().toString())) {
            projection.apply(List.of(delivery), Target.LIVE);
        }
    }

    @Override
    public void applyAll(List<byte[]> records, Target target) {
        projection.apply(records.stream().map(SharedIncidentListener::read).toList(), target);
    }

    // a tombstone (null value) is as unreadable as garbage and is parked the same way
    private static EventEnvelope<IncidentEvent> read(byte[] record) {
        return EventJson.read(record == null ? NO_BYTES : record, IncidentEvent.class);
    }

    @Override
    public String readModel() {
        return ID;
    }

    @Override
    public String listenerId() {
        return ID;
    }

    @Override
    public List<String> tables() {
        return List.of(SharedIncidentProjection.TABLE, SharedIncidentProjection.SIGHTINGS);
    }
}
