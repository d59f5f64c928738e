package eu.vigil.query.register;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReopened;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.query.projection.AppliedEvents;
import eu.vigil.query.projection.UnhandledEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Writes {@code query.incident_register}, and nothing else does. */
@Component
class IncidentRegisterProjection {

    private static final Logger log = LoggerFactory.getLogger(IncidentRegisterProjection.class);
    private static final String NAME = "incident-register";
    // the register lists incidents; their timeline entries and indicators are the timeline's
    private static final Set<Class<? extends IncidentEvent>> IGNORED =
            Set.of(TimelineEntryAppended.class, IndicatorAdded.class, IndicatorWithdrawn.class);

    private final JdbcClient jdbc;
    private final AppliedEvents applied;

    IncidentRegisterProjection(JdbcClient jdbc, AppliedEvents applied) {
        this.jdbc = jdbc;
        this.applied = applied;
    }

    // Java 17 has no pattern switch: IncidentRegisterIT walks every permitted type through this chain.
    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery) {
        if (!applied.firstDelivery(NAME, delivery.eventId())) {
            log.debug("Event {} is already in the register: skipped", delivery.eventId());
            return; // at-least-once delivery: this event is already in the register
        }
        var event = delivery.payload();
        if (event instanceof IncidentReported e) {
            insert(delivery, e);
        } else if (event instanceof IncidentClassified e) {
            update(delivery, set("category", e.category().code(), "severity", codeOf(e.severity(), Severity::code)));
        } else if (event instanceof PhaseChanged e) {
            update(delivery, set("phase", e.to().code()));
        } else if (event instanceof IncidentReopened e) {
            update(delivery, set("phase", e.to().code()));
        } else if (event instanceof AwarenessCorrected e) {
            update(delivery, set("detected_at", utc(e.detectedAt()), "aware_at", utc(e.awareAt())));
        } else if (event instanceof PersonalDataAssessed e) {
            update(delivery, set("personal_data_involved", e.involved().code()));
        } else if (event instanceof SignificanceAssessed e) {
            update(delivery, set("significance", codeOf(e.significance(), Significance::code)));
        } else if (event instanceof ImpactAssessed e) {
            update(delivery, set("patient_care_impact", codeOf(e.patientCareImpact(), PatientCareImpact::code)));
        } else if (event instanceof IncidentShared e) {
            update(delivery, set("shared_tlp", e.tlp().code()));
        } else if (event instanceof IncidentShareWithdrawn) {
            update(delivery, set("shared_tlp", null));
        } else if (!IGNORED.contains(event.getClass())) {
            throw new UnhandledEventException(NAME, event);
        }
    }

    // A report starts the row; later events update it only if they are newer than what it holds.
    private void insert(EventEnvelope<?> delivery, IncidentReported e) {
        jdbc.sql("""
                insert into query.incident_register (incident_id, hospital_id, summary, category, detected_at,
                    aware_at, personal_data_involved, reported_at, reported_by, last_sequence)
                values (:incidentId, :hospitalId, :summary, :category, :detectedAt,
                    :awareAt, :personalDataInvolved, :reportedAt, :reportedBy, :sequence)
                on conflict (incident_id) do nothing""")
                .param("incidentId", e.incidentId().value())
                .param("hospitalId", e.hospitalId().value())
                .param("summary", e.summary())
                .param("category", e.category().code())
                .param("detectedAt", utc(e.detectedAt()))
                .param("awareAt", utc(e.awareAt()))
                .param("personalDataInvolved", e.personalDataInvolved().code())
                .param("reportedAt", utc(delivery.occurredAt()))
                .param("reportedBy", delivery.actor().userId())
                .param("sequence", delivery.aggregateSequence())
                .update();
    }

    /** @param columns column name to new value; the names are this class's constants, never input */
    private void update(EventEnvelope<? extends IncidentEvent> delivery, Map<String, Object> columns) {
        var assignments = new StringBuilder();
        columns.keySet().forEach(column -> assignments.append(column).append(" = :").append(column).append(", "));
        var statement = jdbc.sql("update query.incident_register set " + assignments + """
                last_sequence = :sequence
                where incident_id = :incidentId and last_sequence < :sequence""")
                .param("incidentId", delivery.payload().incidentId().value())
                .param("sequence", delivery.aggregateSequence());
        for (var column : columns.entrySet()) {
            statement = statement.param(column.getKey(), column.getValue());
        }
        if (statement.update() == 0) {
            log.debug("Event {} is older than the register row of incident {}, or the incident is not in it: skipped",
                    delivery.eventId(), delivery.aggregateId());
        }
    }

    // Map.of refuses null values, and a correction may clear a time or a share.
    private static Map<String, Object> set(String column, Object value) {
        var columns = new HashMap<String, Object>();
        columns.put(column, value);
        return columns;
    }

    private static Map<String, Object> set(String column, Object value, String other, Object otherValue) {
        var columns = set(column, value);
        columns.put(other, otherValue);
        return columns;
    }

    // severity, significance and patient-care impact may be left open on a form
    private static <E> String codeOf(E value, Function<E, String> code) {
        return value == null ? null : code.apply(value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
