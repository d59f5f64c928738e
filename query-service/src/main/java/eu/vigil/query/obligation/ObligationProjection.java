package eu.vigil.query.obligation;

import eu.vigil.consumer.obligation.ObligationFold;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationState;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes {@code query.obligation} and {@code query.obligation_history} (or a rebuild's copies), and nothing else
 * does. The row is derived from the obligation's one fold ({@link ObligationState}), kept beside it; each event also
 * becomes a history row, in the same transaction, so that a redelivered event changes neither. Events come one at a
 * time from the live listener and a thousand at a time from a rebuild.
 */
@Component
class ObligationProjection {

    static final String TABLE = "obligation";
    static final String HISTORY_TABLE = "obligation_history";

    private static final Logger log = LoggerFactory.getLogger(ObligationProjection.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelChanges changes;

    ObligationProjection(NamedParameterJdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Transactional
    void apply(List<? extends EventEnvelope<? extends NotificationEvent>> deliveries, Target target) {
        var folded = new LinkedHashMap<UUID, ObligationState>(stored(deliveries, target));
        var changed = new LinkedHashMap<UUID, ObligationState>();
        var history = new ArrayList<SqlParameterSource>();
        for (var delivery : deliveries) {
            var obligationId = delivery.payload().obligationId();
            var after = ObligationFold.next(folded.getOrDefault(obligationId, ObligationState.NONE), delivery);
            if (after.isEmpty()) {
                log.debug("Event {} is already in the obligations: skipped", delivery.eventId());
                continue; // at-least-once delivery: this event is folded in already
            }
            folded.put(obligationId, after.get());
            changed.put(obligationId, after.get());
            history.add(historyRow(delivery, after.get()));
        }
        if (changed.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into " + target.table(TABLE) + """
                 (obligation_id, incident_id, hospital_id, rule_id, status, due_at, last_sequence, state)
                values (:id, :incidentId, :hospitalId, :ruleId, :status, :dueAt, :sequence, cast(:state as jsonb))
                on conflict (obligation_id) do update
                   set status = excluded.status, due_at = excluded.due_at, last_sequence = excluded.last_sequence,
                       state = excluded.state, projected_at = clock_timestamp()""",
                changed.values().stream().map(ObligationProjection::row).toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("insert into " + target.table(HISTORY_TABLE) + """
                 (obligation_id, sequence, event_id, incident_id, hospital_id,
                    event_type, occurred_at, actor_id, actor_role, payload)
                values (:id, :sequence, :eventId, :incidentId, :hospitalId, :type, :occurredAt, :actorId,
                    :actorRole, cast(:payload as jsonb))""", history.toArray(SqlParameterSource[]::new));
        if (target.live()) {
            changed.values().forEach(state -> changes.changed(state.opened().hospitalId().value(),
                    state.opened().incidentId().value()));
        }
    }

    // the states stored for the obligations of these events, locked until the transaction ends
    private Map<UUID, ObligationState> stored(List<? extends EventEnvelope<? extends NotificationEvent>> deliveries,
                                              Target target) {
        var ids = deliveries.stream().map(delivery -> delivery.payload().obligationId()).distinct().toList();
        var stored = new HashMap<UUID, ObligationState>();
        jdbc.query("select obligation_id, state from " + target.table(TABLE)
                        + " where obligation_id in (:ids) for update", Map.of("ids", ids),
                row -> {
                    stored.put(row.getObject("obligation_id", UUID.class), ObligationFold.read(row.getString("state")));
                });
        return stored;
    }

    private static SqlParameterSource row(ObligationState state) {
        return new MapSqlParameterSource()
                .addValue("id", state.opened().obligationId())
                .addValue("incidentId", state.opened().incidentId().value())
                .addValue("hospitalId", state.opened().hospitalId().value())
                .addValue("ruleId", state.opened().ruleId())
                .addValue("status", state.status().code())
                .addValue("dueAt", utc(state.dueAt()))
                .addValue("sequence", state.lastSequence())
                .addValue("state", ObligationFold.write(state));
    }

    private static SqlParameterSource historyRow(EventEnvelope<? extends NotificationEvent> delivery,
                                                 ObligationState state) {
        return new MapSqlParameterSource()
                .addValue("id", delivery.payload().obligationId())
                .addValue("sequence", delivery.aggregateSequence())
                .addValue("eventId", delivery.eventId())
                .addValue("incidentId", state.opened().incidentId().value())
                .addValue("hospitalId", state.opened().hospitalId().value())
                .addValue("type", delivery.type())
                .addValue("occurredAt", utc(delivery.occurredAt()))
                .addValue("actorId", delivery.actor().userId())
                .addValue("actorRole", delivery.actor().role())
                .addValue("payload", EventJson.writePayload(delivery.payload()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
