package eu.vigil.query.feed.drill;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.query.projection.ListenedReadModel;
import eu.vigil.query.projection.Target;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Feeds the drill share topic (at the CERT, what MirrorMaker 2 brought from the hospitals in a sector-wide drill) to
 * the drill feed in a consumer group of its own. It never reads the real share topic, and the real feed never reads
 * this one.
 */
@Component
class DrillShareListener extends ListenedReadModel<IncidentEvent> {

    static final String ID = "drill-feed";

    private final DrillShareProjection projection;

    DrillShareListener(DrillShareProjection projection) {
        super(ID, IncidentEvent.class, "incidentId", List.of(DrillShareProjection.TABLE));
        this.projection = projection;
    }

    @KafkaListener(id = ID, idIsGroup = false, batch = "true", topics = "${vigil.topics.drill-shares}",
            groupId = "${vigil.drill-feed.consumer-group}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        onRecords(records);
    }

    @Override
    protected void project(List<EventEnvelope<IncidentEvent>> deliveries, Target target) {
        projection.apply(deliveries, target);
    }
}
