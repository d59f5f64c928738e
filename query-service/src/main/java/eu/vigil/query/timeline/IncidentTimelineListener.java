package eu.vigil.query.timeline;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the incident events to the timeline in a consumer group of its own, so that the timeline is built from
 * the topic's first record and progresses independently of the register; the offset is committed only after the
 * projection's transaction.
 */
@Component
class IncidentTimelineListener {

    private static final byte[] NO_BYTES = {};

    private final IncidentTimelineProjection projection;

    IncidentTimelineListener(IncidentTimelineProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = "${vigil.topics.incident-events}", groupId = "${vigil.timeline.consumer-group}")
    void on(ConsumerRecord<String, byte[]> record) {
        // a tombstone (null value) is as unreadable as garbage and is parked the same way
        var delivery = EventJson.read(record.value() == null ? NO_BYTES : record.value(), IncidentEvent.class);
        try (var incident = MDC.putCloseable("incidentId", delivery.aggregateId());
             var event = MDC.putCloseable("eventId", delivery.eventId().toString())) {
            projection.apply(delivery);
        }
    }
}
