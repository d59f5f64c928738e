package eu.vigil.query.feed;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.query.projection.ListenedReadModel;
import eu.vigil.query.projection.Target;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Feeds the share topic (ADR 0021: at the CERT, what MirrorMaker 2 brought from every hospital) to the CERT feed in a
 * consumer group of its own.
 */
@Component
class SharedIncidentListener extends ListenedReadModel<IncidentEvent> {

    static final String ID = "cert-feed";

    private final SharedIncidentProjection projection;

    SharedIncidentListener(SharedIncidentProjection projection) {
        super(ID, IncidentEvent.class, "incidentId",
                List.of(SharedIncidentProjection.TABLE, SharedIncidentProjection.SIGHTINGS, CampaignAlerts.TABLE,
                        CorrelationCounts.TABLE));
        this.projection = projection;
    }

    @KafkaListener(id = ID, idIsGroup = false, batch = "true", topics = "${vigil.topics.incident-shares}",
            groupId = "${vigil.cert.consumer-group}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        onRecords(records);
    }

    @Override
    protected void project(List<EventEnvelope<IncidentEvent>> deliveries, Target target) {
        projection.apply(deliveries, target);
    }
}
