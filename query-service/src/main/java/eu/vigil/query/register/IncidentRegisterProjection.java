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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes {@code query.incident_register} (or a rebuild's copy of it), and nothing else does. Each row is derived
 * from the incident's one fold ({@link IncidentState}), which the row keeps beside it: an event advances the state,
 * and the row's columns are written again from the new state. Events come a poll at a time from the live listener
 * (up to 2,000 when it catches up) and a thousand at a time from a rebuild: each incident's row is read once and
 * written once per call, and its change told once.
 */
@Component
class IncidentRegisterProjection {

    static final String TABLE = "incident_register";

    private static final Logger log = LoggerFactory.getLogger(IncidentRegisterProjection.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelChanges changes;

    IncidentRegisterProjection(NamedParameterJdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Transactional
    void apply(EventEnvelope<? extends IncidentEvent> delivery) {
        apply(List.of(delivery), Target.LIVE);
    }

    @Transactional
    void apply(List<? extends EventEnvelope<? extends IncidentEvent>> deliveries, Target target) {
        var stored = stored(deliveries, target);
        var folded = new LinkedHashMap<UUID, IncidentState>();
        var reports = new HashMap<UUID, EventEnvelope<?>>(); // the event that opens a row not stored yet
        for (var delivery : deliveries) {
            var incidentId = delivery.payload().incidentId().value();
            var before = folded.getOrDefault(incidentId, stored.getOrDefault(incidentId, IncidentState.NONE));
            var after = IncidentFold.next(before, delivery);
            if (after.isEmpty()) {
                log.debug("Event {} is already in the register: skipped", delivery.eventId());
                continue; // at-least-once delivery: this event is already in the register
            }
            folded.put(incidentId, after.get());
            if (!stored.containsKey(incidentId)) {
                reports.putIfAbsent(incidentId, delivery);
            }
        }
        write(folded, stored, reports, target);
        if (target.live()) {
            var changed = new LinkedHashMap<UUID, String>();
            folded.forEach((incidentId, state) -> changed.put(incidentId, state.hospitalId().value()));
            changes.changed(changed);
        }
    }

    // the states stored for the incidents of these events, locked until the transaction ends
    private Map<UUID, IncidentState> stored(List<? extends EventEnvelope<? extends IncidentEvent>> deliveries,
                                            Target target) {
        var ids = deliveries.stream().map(delivery -> delivery.payload().incidentId().value()).distinct().toList();
        var stored = new HashMap<UUID, IncidentState>();
        jdbc.query("select incident_id, state from " + target.table(TABLE)
                        + " where incident_id in (:ids) for update", Map.of("ids", ids),
                row -> {
                    stored.put(row.getObject("incident_id", UUID.class), IncidentFold.read(row.getString("state")));
                });
        return stored;
    }

    private void write(Map<UUID, IncidentState> folded, Map<UUID, IncidentState> stored,
                       Map<UUID, EventEnvelope<?>> reports, Target target) {
        var inserts = folded.entrySet().stream().filter(entry -> !stored.containsKey(entry.getKey()))
                .map(entry -> insertColumns(reports.get(entry.getKey()), entry.getValue()))
                .toArray(SqlParameterSource[]::new);
        var updates = folded.entrySet().stream().filter(entry -> stored.containsKey(entry.getKey()))
                .map(entry -> columns(entry.getValue())).toArray(SqlParameterSource[]::new);
        if (inserts.length > 0) {
            jdbc.batchUpdate("insert into " + target.table(TABLE) + """
                     (incident_id, hospital_id, summary, category, severity, phase,
                        detected_at, aware_at, personal_data_involved, significance, patient_care_impact, shared_tlp,
                        reported_at, reported_by, drill_id, drill_scale, last_sequence, state)
                    values (:incidentId, :hospitalId, :summary, :category, :severity, :phase,
                        :detectedAt, :awareAt, :personalDataInvolved, :significance, :patientCareImpact, :sharedTlp,
                        :reportedAt, :reportedBy, :drillId, :drillScale, :sequence, cast(:state as jsonb))
                    on conflict (incident_id) do nothing""", inserts);
        }
        if (updates.length > 0) {
            jdbc.batchUpdate("update " + target.table(TABLE) + """
                       set category = :category, severity = :severity, phase = :phase, detected_at = :detectedAt,
                           aware_at = :awareAt, personal_data_involved = :personalDataInvolved,
                           significance = :significance, patient_care_impact = :patientCareImpact,
                           shared_tlp = :sharedTlp, last_sequence = :sequence, state = cast(:state as jsonb)
                     where incident_id = :incidentId""", updates);
        }
    }

    // the columns the report fixes, the drill among them: an incident never moves between drill and reality
    private static MapSqlParameterSource insertColumns(EventEnvelope<?> report, IncidentState state) {
        var drill = state.exercise();
        return columns(state)
                .addValue("hospitalId", state.hospitalId().value())
                .addValue("summary", state.report().summary())
                .addValue("reportedAt", utc(report.occurredAt()))
                .addValue("reportedBy", report.actor().userId())
                .addValue("drillId", drill == null ? null : drill.drillId())
                .addValue("drillScale", drill == null ? null : drill.scale());
    }

    // the columns every event may change, all derived from the state
    private static MapSqlParameterSource columns(IncidentState state) {
        return new MapSqlParameterSource()
                .addValue("incidentId", state.incidentId().value())
                .addValue("category", state.category().code())
                .addValue("severity", codeOf(state.severity(), Severity::code))
                .addValue("phase", state.phase().code())
                .addValue("detectedAt", utc(state.detectedAt()))
                .addValue("awareAt", utc(state.awareAt()))
                .addValue("personalDataInvolved", state.personalDataInvolved().code())
                .addValue("significance", codeOf(state.significanceDecision(), Significance::code))
                .addValue("patientCareImpact", codeOf(state.patientCareImpact(), PatientCareImpact::code))
                .addValue("sharedTlp", state.share() == null ? null : state.share().tlp().code())
                .addValue("sequence", state.lastSequence())
                .addValue("state", IncidentFold.write(state));
    }

    // severity, significance and patient-care impact may be left open on a form
    private static <E> String codeOf(E value, Function<E, String> code) {
        return value == null ? null : code.apply(value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
