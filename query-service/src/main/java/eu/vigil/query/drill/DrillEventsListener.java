package eu.vigil.query.drill;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.query.projection.ListenedReadModel;
import eu.vigil.query.projection.Target;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Feeds the command service's drill events to the drills, in a consumer group of their own. */
@Component
class DrillEventsListener extends ListenedReadModel<DrillEvent> {

    static final String ID = "drills";

    private final DrillProjection projection;

    DrillEventsListener(DrillProjection projection) {
        super(ID, DrillEvent.class, "drillId", List.of(DrillProjection.TABLE));
        this.projection = projection;
    }

    @KafkaListener(id = ID, idIsGroup = false, batch = "true", topics = "${vigil.topics.drill-events}",
            groupId = "${vigil.drills.consumer-group}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        onRecords(records);
    }

    @Override
    protected void project(List<EventEnvelope<DrillEvent>> deliveries, Target target) {
        projection.apply(deliveries, target);
    }
}
