package eu.vigil.query.timeline;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.query.projection.ListenedReadModel;
import eu.vigil.query.projection.Target;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Feeds the incident events to the timeline in a consumer group of its own, so that the timeline is built from
 * the topic's first record and progresses independently of the register.
 */
@Component
class IncidentTimelineListener extends ListenedReadModel<IncidentEvent> {

    static final String ID = "timeline";

    private final IncidentTimelineProjection projection;

    IncidentTimelineListener(IncidentTimelineProjection projection) {
        super(ID, IncidentEvent.class, "incidentId", List.of(IncidentTimelineProjection.TABLE));
        this.projection = projection;
    }

    @KafkaListener(id = ID, idIsGroup = false, batch = "true", topics = "${vigil.topics.incident-events}",
            groupId = "${vigil.timeline.consumer-group}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        onRecords(records);
    }

    @Override
    protected void project(List<EventEnvelope<IncidentEvent>> deliveries, Target target) {
        projection.apply(deliveries, target);
    }
}
