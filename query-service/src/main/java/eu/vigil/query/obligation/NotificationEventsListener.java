package eu.vigil.query.obligation;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.notification.NotificationEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the notifier's obligation events to the obligations in a consumer group of their own; the offset is
 * committed only after the projection's transaction.
 */
@Component
class NotificationEventsListener {

    private static final byte[] NO_BYTES = {};

    private final ObligationProjection projection;

    NotificationEventsListener(ObligationProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = "${vigil.topics.notification-events}", groupId = "${vigil.obligations.consumer-group}")
    void on(ConsumerRecord<String, byte[]> record) {
        // a tombstone (null value) is as unreadable as garbage and is parked the same way
        var delivery = EventJson.read(record.value() == null ? NO_BYTES : record.value(), NotificationEvent.class);
        try (var obligation = MDC.putCloseable("obligationId", delivery.aggregateId());
             var event = MDC.putCloseable("eventId", delivery.eventId().toString())) {
            projection.apply(delivery);
        }
    }
}
