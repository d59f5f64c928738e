package eu.vigil.notifier.campaign;

import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.correlation.Sightings;
import eu.vigil.notifier.sealed.SealedRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;

/**
 * Derives the campaign alerts from the share events, in a consumer group of its own so that a slow or failing alert
 * never holds up the obligations: correlation-kit's {@link Sightings} with the notifier's own tables, the same rule
 * query-service applies for the CERT's page (ADR 0019). The alerts wait in {@code notification.campaign_alert} for
 * {@link CampaignAlertMailer}.
 */
@Component
class CampaignWatch {

    static final Sightings.Tables TABLES = new Sightings.Tables("notification.indicator_sighting",
            "notification.campaign_alert");
    private static final Logger log = LoggerFactory.getLogger(CampaignWatch.class);

    private final SealedRecords records;
    private final Sightings sightings;
    private final NamedParameterJdbcTemplate jdbc;

    CampaignWatch(SealedRecords records, Sightings sightings, NamedParameterJdbcTemplate jdbc) {
        this.records = records;
        this.sightings = sightings;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "campaigns", idIsGroup = false, topics = "${vigil.topics.incident-shares}",
            groupId = "${vigil.cert.consumer-group}")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        // a tombstone (null value) is as unreadable as garbage and is parked the same way
        var opened = records.read(record, IncidentEvent.class);
        if (opened.isEmpty()) {
            return; // a deleted drill's (ADR 0023): none of its shares belongs here anyway
        }
        var delivery = opened.get();
        if (delivery.payload() instanceof IncidentShared share && share.exercise() == null) {
            // a drill's share belongs on vigil.drill-shares (ADR 0022); one here by mistake raises no alert
            var raised = sightings.shared(jdbc, TABLES, share, delivery.hospitalId().value(),
                    delivery.occurredAt().atOffset(ZoneOffset.UTC));
            raised.forEach(alert -> log.info("Campaign alert {}: {} {} shared by {} hospitals", alert.alertId(),
                    alert.indicatorType(), alert.indicatorValue(), alert.hospitals()));
        } else if (delivery.payload() instanceof IncidentShareWithdrawn withdrawn) {
            sightings.withdrawn(jdbc, TABLES, withdrawn.incidentId().value());
        }
    }
}
