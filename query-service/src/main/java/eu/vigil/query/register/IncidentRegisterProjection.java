package eu.vigil.query.register;

import eu.vigil.consumer.incident.IncidentFold;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.query.live.ReadModelChanges;
import eu.vigil.query.projection.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes {@code query.incident_register} (or a rebuild's copy of it), and nothing else does. Each row is derived from the incident's one fold
 * ({@link IncidentState}), which the row keeps beside it: an event advances the state, and the row's columns are
 * written again from the new state.
 */
@Component
class IncidentRegisterProjection {

    static final String TABLE = "incident_register";
    private static final Logger log = LoggerFactory.getLogger(IncidentRegisterProjection.class);

    private final JdbcClient jdbc;
    private final ReadModelChanges changes;

    IncidentRegisterProjection(JdbcClient jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery) {
        apply(delivery, Target.LIVE);
    }

    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery, Target target) {
        var incidentId = delivery.payload().incidentId().value();
        var stored = jdbc.sql("select state from " + target.table(TABLE) + " where incident_id = :id for update")
                .param("id", incidentId).query((row, n) -> IncidentFold.read(row.getString("state"))).optional();
        var before = stored.orElse(IncidentState.NONE);
        var after = IncidentFold.next(before, delivery);
        if (after.isEmpty()) {
            log.debug("Event {} is already in the register: skipped", delivery.eventId());
            return; // at-least-once delivery: this event is already in the register
        }
        if (stored.isEmpty()) {
            insert(delivery, after.get(), target);
        } else {
            update(incidentId, after.get(), target);
        }
        if (target.live()) {
            changes.changed(after.get().hospitalId().value(), incidentId);
        }
    }

    private void insert(EventEnvelope<?> delivery, IncidentState state, Target target) {
        int inserted = columns(jdbc.sql("insert into " + target.table(TABLE) + """
                 (incident_id, hospital_id, summary, category, severity, phase,
                    detected_at, aware_at, personal_data_involved, significance, patient_care_impact, shared_tlp,
                    reported_at, reported_by, last_sequence, state)
                values (:incidentId, :hospitalId, :summary, :category, :severity, :phase,
                    :detectedAt, :awareAt, :personalDataInvolved, :significance, :patientCareImpact, :sharedTlp,
                    :reportedAt, :reportedBy, :sequence, cast(:state as jsonb))
                on conflict (incident_id) do nothing"""), state)
                .param("hospitalId", state.hospitalId().value())
                .param("summary", state.report().summary())
                .param("reportedAt", utc(delivery.occurredAt()))
                .param("reportedBy", delivery.actor().userId())
                .update();
        if (inserted == 0) {
            log.debug("Event {} is already in the register: skipped", delivery.eventId());
        }
    }

    private void update(UUID incidentId, IncidentState state, Target target) {
        columns(jdbc.sql("update " + target.table(TABLE) + """
                   set category = :category, severity = :severity, phase = :phase, detected_at = :detectedAt,
                       aware_at = :awareAt, personal_data_involved = :personalDataInvolved,
                       significance = :significance, patient_care_impact = :patientCareImpact,
                       shared_tlp = :sharedTlp, last_sequence = :sequence, state = cast(:state as jsonb)
                 where incident_id = :incidentId"""), state)
                .update();
    }

    // the columns every event may change, all derived from the state
    private static JdbcClient.StatementSpec columns(JdbcClient.StatementSpec statement, IncidentState state) {
        return statement
                .param("incidentId", state.incidentId().value())
                .param("category", state.category().code())
                .param("severity", codeOf(state.severity(), Severity::code))
                .param("phase", state.phase().code())
                .param("detectedAt", utc(state.detectedAt()))
                .param("awareAt", utc(state.awareAt()))
                .param("personalDataInvolved", state.personalDataInvolved().code())
                .param("significance", codeOf(state.significanceDecision(), Significance::code))
                .param("patientCareImpact", codeOf(state.patientCareImpact(), PatientCareImpact::code))
                .param("sharedTlp", state.share() == null ? null : state.share().tlp().code())
                .param("sequence", state.lastSequence())
                .param("state", IncidentFold.write(state));
    }

    // severity, significance and patient-care impact may be left open on a form
    private static <E> String codeOf(E value, Function<E, String> code) {
        return value == null ? null : code.apply(value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
