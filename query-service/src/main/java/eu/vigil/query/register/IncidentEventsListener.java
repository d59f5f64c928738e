package eu.vigil.query.register;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.query.projection.ListenedReadModel;
import eu.vigil.query.projection.Target;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Feeds the incident events to the register. */
@Component
class IncidentEventsListener extends ListenedReadModel<IncidentEvent> {

    static final String ID = "register";

    private final IncidentRegisterProjection projection;

    IncidentEventsListener(IncidentRegisterProjection projection) {
        super(ID, IncidentEvent.class, "incidentId", List.of(IncidentRegisterProjection.TABLE));
        this.projection = projection;
    }

    @KafkaListener(id = ID, idIsGroup = false, batch = "true", topics = "${vigil.topics.incident-events}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        onRecords(records);
    }

    @Override
    protected void project(List<EventEnvelope<IncidentEvent>> deliveries, Target target) {
        projection.apply(deliveries, target);
    }
}
