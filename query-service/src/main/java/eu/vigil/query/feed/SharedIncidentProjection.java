package eu.vigil.query.feed;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.correlation.Sightings;
import eu.vigil.query.live.ReadModelChanges;
import eu.vigil.query.projection.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes {@code query.shared_incident} (or a rebuild's copy), and nothing else does: from the share events alone,
 * never from the private incident record, which this projection does not read. A higher revision replaces a lower;
 * a redelivered or older one changes nothing. A withdrawal empties the row but for its label and instants
 * ({@link ShareRows}). A share that names a drill never enters it (ADR 0022).
 */
@Component
class SharedIncidentProjection {

    static final String TABLE = "shared_incident";
    static final String SIGHTINGS = "indicator_sighting";

    private static final Logger log = LoggerFactory.getLogger(SharedIncidentProjection.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ShareRows rows;
    private final Sightings sightings;
    private final ReadModelChanges changes;
    private final CorrelationCounts correlations;

    SharedIncidentProjection(NamedParameterJdbcTemplate jdbc, ShareRows rows, Sightings sightings,
                             ReadModelChanges changes, CorrelationCounts correlations) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.sightings = sightings;
        this.changes = changes;
        this.correlations = correlations;
    }

    @Transactional
    void apply(List<? extends EventEnvelope<? extends IncidentEvent>> deliveries, Target target) {
        for (var delivery : deliveries) {
            if (delivery.payload() instanceof IncidentShared shared) {
                shared(delivery, shared, target);
            } else if (delivery.payload() instanceof IncidentShareWithdrawn withdrawn) {
                withdrawn(delivery, withdrawn, target);
            } // every other event is the hospital's own record: the feed never reads it
        }
    }

    private void shared(EventEnvelope<?> delivery, IncidentShared share, Target target) {
        if (share.exercise() != null) { // a drill's share belongs on the drill share topic, whatever brought it here
            log.warn("Share {} of incident {} belongs to drill {}: not put in the CERT feed", share.revision(),
                    share.incidentId(), share.exercise().drillId());
            return;
        }
        if (rows.shared(target.table(TABLE), delivery, share) == 1) {
            String hospital = delivery.hospitalId().value();
            sighted(share, hospital, delivery.occurredAt().atOffset(ZoneOffset.UTC), target);
            if (target.live()) {
                changes.shared(hospital, share.incidentId().value());
            }
        }
    }

    // the share's indicators as the correlation counts them, and the campaign alerts they raise (correlation-kit)
    private void sighted(IncidentShared share, String hospital, OffsetDateTime at, Target target) {
        correlations.recounting(target, share.incidentId().value(),
                () -> sightings.shared(jdbc, tables(target), share, hospital, at));
    }

    private static Sightings.Tables tables(Target target) {
        return new Sightings.Tables(target.table(SIGHTINGS), target.table(CampaignAlerts.TABLE));
    }

    private void withdrawn(EventEnvelope<?> delivery, IncidentShareWithdrawn withdrawal, Target target) {
        correlations.recounting(target, withdrawal.incidentId().value(),
                () -> sightings.withdrawn(jdbc, tables(target), withdrawal.incidentId().value()));
        if (rows.withdrawn(target.table(TABLE), delivery, withdrawal) == 1 && target.live()) {
            changes.shared(delivery.hospitalId().value(), withdrawal.incidentId().value());
        }
    }
}
