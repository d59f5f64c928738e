package eu.vigil.query.feed.drill;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.query.feed.ShareRows;
import eu.vigil.query.projection.Target;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Writes {@code query.drill_share} (or a rebuild's copy), and nothing else does: a drill's share as the CERT feed
 * keeps a real one ({@link ShareRows}: a higher revision replaces a lower, a redelivered or older one changes
 * nothing, TLP:RED is never written), with the drill it names. No sighting, correlation or campaign alert comes of it.
 */
@Component
class DrillShareProjection {

    static final String TABLE = "drill_share";

    private final ShareRows rows;
    private final NamedParameterJdbcTemplate jdbc;

    DrillShareProjection(ShareRows rows, NamedParameterJdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Transactional
    void apply(List<? extends EventEnvelope<? extends IncidentEvent>> deliveries, Target target) {
        for (var delivery : deliveries) {
            if (delivery.payload() instanceof IncidentShared shared) {
                shared(delivery, shared, target);
            } else if (delivery.payload() instanceof IncidentShareWithdrawn withdrawn) {
                rows.withdrawn(target.table(TABLE), delivery, withdrawn);
            } // the topic carries shares only; anything else is not the drill feed's
        }
    }

    private void shared(EventEnvelope<?> delivery, IncidentShared share, Target target) {
        if (rows.shared(target.table(TABLE), delivery, share) == 1) {
            var drill = share.exercise();
            jdbc.update("update " + target.table(TABLE)
                    + " set drill_id = :drillId, drill_scale = :scale where incident_id = :incidentId",
                    new MapSqlParameterSource("incidentId", share.incidentId().value())
                            .addValue("drillId", drill == null ? null : drill.drillId())
                            .addValue("scale", drill == null ? null : drill.scale()));
        }
    }
}
