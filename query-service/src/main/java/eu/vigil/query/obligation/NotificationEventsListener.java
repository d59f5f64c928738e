package eu.vigil.query.obligation;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.query.projection.ReadModelFeed;
import eu.vigil.query.projection.Target;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Feeds the notifier's obligation events to the obligations in a consumer group of their own; the offset is
 * committed only after the projection's transaction.
 */
@Component
class NotificationEventsListener implements ReadModelFeed {

    static final String ID = "obligations";
    private static final byte[] NO_BYTES = {};

    private final ObligationProjection projection;

    NotificationEventsListener(ObligationProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${vigil.topics.notification-events}",
            groupId = "${vigil.obligations.consumer-group}")
    void on(ConsumerRecord<String, byte[]> record) {
        var delivery = read(record.value());
        try (var obligation = MDC.putCloseable("obligationId", delivery.aggregateId());
             var event = MDC.putCloseable("eventId", delivery.eventId().toString())) {
            projection.apply(List.of(delivery), Target.LIVE);
        }
    }

    @Override
    public void applyAll(List<byte[]> records, Target target) {
        projection.apply(records.stream().map(NotificationEventsListener::read).toList(), target);
    }

    // a tombstone (null value) is as unreadable as garbage and is parked the same way
    private static EventEnvelope<NotificationEvent> read(byte[] record) {
        return EventJson.read(record == null ? NO_BYTES : record, NotificationEvent.class);
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
        return List.of(ObligationProjection.TABLE, ObligationProjection.HISTORY_TABLE);
    }
}
