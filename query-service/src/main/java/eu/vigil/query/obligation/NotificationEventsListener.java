package eu.vigil.query.obligation;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.query.projection.ListenedReadModel;
import eu.vigil.query.projection.Target;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Feeds the notifier's obligation events to the obligations in a consumer group of their own. */
@Component
class NotificationEventsListener extends ListenedReadModel<NotificationEvent> {

    static final String ID = "obligations";

    private final ObligationProjection projection;

    NotificationEventsListener(ObligationProjection projection) {
        super(ID, NotificationEvent.class, "obligationId",
                List.of(ObligationProjection.TABLE, ObligationProjection.HISTORY_TABLE));
        this.projection = projection;
    }

    @KafkaListener(id = ID, idIsGroup = false, batch = "true", topics = "${vigil.topics.notification-events}",
            groupId = "${vigil.obligations.consumer-group}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        onRecords(records);
    }

    @Override
    protected void project(List<EventEnvelope<NotificationEvent>> deliveries, Target target) {
        projection.apply(deliveries, target);
    }
}
