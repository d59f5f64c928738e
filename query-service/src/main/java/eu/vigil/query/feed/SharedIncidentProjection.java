package eu.vigil.query.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.correlation.Sightings;
import eu.vigil.query.live.ReadModelChanges;
import eu.vigil.query.projection.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code query.shared_incident} (or a rebuild's copy), and nothing else does: from the share events alone,
 * never from the private incident record, which this projection does not read. A higher revision replaces a lower;
 * a redelivered or older one changes nothing. A withdrawal empties the row but for its label and instants.
 */
@Component
class SharedIncidentProjection {

    static final String TABLE = "shared_incident";
    static final String SIGHTINGS = "indicator_sighting";

    private static final Logger log = LoggerFactory.getLogger(SharedIncidentProjection.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NamedParameterJdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;
    private final Sightings sightings;
    private final ReadModelChanges changes;
    private final CorrelationCounts correlations;

    SharedIncidentProjection(NamedParameterJdbcTemplate jdbc, Pseudonyms pseudonyms, Sightings sightings,
                             ReadModelChanges changes, CorrelationCounts correlations) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
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
        if (!share.tlp().shareable()) {
            log.warn("Share {} of incident {} is labelled {}: not put in the CERT feed", share.revision(),
                    share.incidentId(), share.tlp().label());
            return;
        }
        String hospital = delivery.hospitalId().value();
        var at = delivery.occurredAt().atOffset(ZoneOffset.UTC);
        int applied = jdbc.update("insert into " + target.table(TABLE) + """
                 as stored (incident_id, hospital_id, publisher, pseudonymised, revision, tlp, category, severity, summary,
                    phase, patient_care_impact, cross_border, device_types, indicators, first_shared_at, changed_at,
                    country, sector_view)
                values (:incidentId, :hospitalId, :publisher, :pseudonymised, :revision, :tlp, :category, :severity,
                    :summary, :phase, :impact, :crossBorder, cast(:deviceTypes as jsonb), cast(:indicators as jsonb),
                    :at, :at, :country, :sectorView)
                on conflict (incident_id) do update
                   set publisher = excluded.publisher, pseudonymised = excluded.pseudonymised,
                       revision = excluded.revision, tlp = excluded.tlp, category = excluded.category,
                       severity = excluded.severity, summary = excluded.summary, phase = excluded.phase,
                       patient_care_impact = excluded.patient_care_impact, cross_border = excluded.cross_border,
                       device_types = excluded.device_types, indicators = excluded.indicators,
                       country = excluded.country, sector_view = excluded.sector_view,
                       changed_at = excluded.changed_at, withdrawn_at = null, projected_at = clock_timestamp()
                 where stored.revision < excluded.revision""", new MapSqlParameterSource()
                .addValue("incidentId", share.incidentId().value())
                .addValue("hospitalId", hospital)
                .addValue("publisher", share.pseudonymised() ? pseudonyms.of(hospital) : hospital)
                .addValue("pseudonymised", share.pseudonymised())
                .addValue("revision", share.revision())
                .addValue("tlp", share.tlp().code())
                .addValue("category", share.category().code())
                .addValue("severity", share.severity() == null ? null : share.severity().code())
                .addValue("summary", share.summary())
                .addValue("phase", share.phase().code())
                .addValue("impact", share.patientCareImpact() == null ? null : share.patientCareImpact().code())
                .addValue("crossBorder", share.crossBorder() == null ? null : share.crossBorder().code())
                .addValue("deviceTypes", json(share.deviceTypes()))
                .addValue("indicators", json(share.indicators().stream()
                        .filter(indicator -> indicator.tlp().shareable())
                        .map(indicator -> Map.of("type", indicator.type().code(), "value", indicator.value(),
                                "tlp", indicator.tlp().code())).toList()))
                .addValue("country", share.country())
                .addValue("sectorView", share.sectorView())
                .addValue("at", at));
        if (applied == 1) {
            sighted(share, hospital, at, target);
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
        int withdrawn = jdbc.update("update " + target.table(TABLE) + """
                   set summary = null, category = null, severity = null, phase = null, patient_care_impact = null,
                       cross_border = null, device_types = null, indicators = null, withdrawn_at = :at,
                       changed_at = :at, projected_at = clock_timestamp()
                 where incident_id = :incidentId and withdrawn_at is null""", Map.of(
                "incidentId", withdrawal.incidentId().value(),
                "at", delivery.occurredAt().atOffset(ZoneOffset.UTC)));
        if (withdrawn == 1 && target.live()) {
            changes.shared(delivery.hospitalId().value(), withdrawal.incidentId().value());
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings and lists always write as JSON", e);
        }
    }
}
