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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes {@code query.obligation} and {@code query.obligation_history} (or a rebuild's copies), and nothing else
 * does. The row is derived from the obligation's one fold ({@link ObligationState}), kept beside it; each event also
 * becomes a history row,
 * in the same transaction, so that a redelivered event changes neither.
 */
@Component
class ObligationProjection {

    static final String TABLE = "obligation";
    static final String HISTORY_TABLE = "obligation_history";

    private static final Logger log = LoggerFactory.getLogger(ObligationProjection.class);

    private final JdbcClient jdbc;
    private final ReadModelChanges changes;

    ObligationProjection(JdbcClient jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Transactional
    void apply(EventEnvelope<? extends NotificationEvent> delivery, Target target) {
        var obligationId = delivery.payload().obligationId();
        var stored = jdbc.sql("select state from " + target.table(TABLE) + " where obligation_id = :id for update")
                .param("id", obligationId).query((row, n) -> ObligationFold.read(row.getString("state"))).optional();
        var after = ObligationFold.next(stored.orElse(ObligationState.NONE), delivery);
        if (after.isEmpty()) {
            log.debug("Event {} is already in the obligations: skipped", delivery.eventId());
            return; // at-least-once delivery: this event is folded in already
        }
        var state = after.get();
        jdbc.sql("insert into " + target.table(TABLE) + """
                 (obligation_id, incident_id, hospital_id, rule_id, status, due_at,
                    last_sequence, state)
                values (:id, :incidentId, :hospitalId, :ruleId, :status, :dueAt, :sequence, cast(:state as jsonb))
                on conflict (obligation_id) do update
                   set status = excluded.status, due_at = excluded.due_at, last_sequence = excluded.last_sequence,
                       state = excluded.state, projected_at = clock_timestamp()""")
                .param("id", obligationId)
                .param("incidentId", state.opened().incidentId().value())
                .param("hospitalId", state.opened().hospitalId().value())
                .param("ruleId", state.opened().ruleId())
                .param("status", state.status().code())
                .param("dueAt", utc(state.dueAt()))
                .param("sequence", state.lastSequence())
                .param("state", ObligationFold.write(state))
                .update();
        jdbc.sql("insert into " + target.table(HISTORY_TABLE) + """
                 (obligation_id, sequence, event_id, incident_id, hospital_id,
                    event_type, occurred_at, actor_id, actor_role, payload)
                values (:id, :sequence, :eventId, :incidentId, :hospitalId, :type, :occurredAt, :actorId,
                    :actorRole, cast(:payload as jsonb))""")
                .param("id", obligationId)
                .param("sequence", delivery.aggregateSequence())
                .param("eventId", delivery.eventId())
                .param("incidentId", state.opened().incidentId().value())
                .param("hospitalId", state.opened().hospitalId().value())
                .param("type", delivery.type())
                .param("occurredAt", utc(delivery.occurredAt()))
                .param("actorId", delivery.actor().userId())
                .param("actorRole", delivery.actor().role())
                .param("payload", EventJson.writePayload(delivery.payload()))
                .update();
        if (target.live()) {
            changes.changed(state.opened().hospitalId().value(), state.opened().incidentId().value());
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
