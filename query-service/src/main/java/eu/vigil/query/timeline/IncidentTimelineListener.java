package eu.vigil.query.timeline;

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
 * Feeds the incident events to the timeline in a consumer group of its own, so that the timeline is built from
 * the topic's first record and progresses independently of the register; the offset is committed only after the
 * projection's transaction.
 */
@Component
class IncidentTimelineListener implements ReadModelFeed {

    static final String ID = "timeline";
    private static final byte[] NO_BYTES = {};

    private final IncidentTimelineProjection projection;

    IncidentTimelineListener(IncidentTimelineProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${vigil.topics.incident-events}",
            groupId = "${vigil.timeline.consumer-group}")
    void on(ConsumerRecord<String, byte[]> record) {
        var delivery = read(record.value());
        try (var incident = MDC.putCloseable("incidentId", delivery.aggregateId());
             var event = MDC.putCloseable("eventId", delivery.eventId().toString())) {
            projection.apply(List.of(delivery), Target.LIVE);
        }
    }

    @Override
    public void applyAll(List<byte[]> records, Target target) {
        projection.apply(records.stream().map(IncidentTimelineListener::read).toList(), target);
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
        return List.of(IncidentTimelineProjection.TABLE);
    }
}
