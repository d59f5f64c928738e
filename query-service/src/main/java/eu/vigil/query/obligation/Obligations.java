package eu.vigil.query.obligation;

import eu.vigil.consumer.obligation.ObligationFold;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the obligations the notifier opened for incidents; {@link ObligationProjection} is their only writer. */
@Component
public class Obligations {

    private final JdbcClient jdbc;

    Obligations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The incident's obligations, running ones first by due instant, then the closed ones. */
    public List<ObligationState> ofIncident(UUID incidentId, String hospitalId) {
        return jdbc.sql("""
                select state from query.obligation where incident_id = :incidentId and hospital_id = :hospitalId
                 order by status not in ('open', 'late'), due_at nulls last, obligation_id""")
                .param("incidentId", incidentId).param("hospitalId", hospitalId)
                .query((rs, n) -> ObligationFold.read(rs.getString("state")))
                .list();
    }

    /** Every event of the incident's obligations, oldest first. */
    public List<ObligationEntry> historyOf(UUID incidentId, String hospitalId) {
        return jdbc.sql("""
                select h.obligation_id, h.sequence, h.event_id, h.event_type, h.occurred_at, h.actor_id,
                       h.actor_role, h.payload, o.rule_id, o.state ->> 'authority' as authority,
                       o.state -> 'opened' ->> 'title' as title
                  from query.obligation_history h join query.obligation o using (obligation_id)
                 where h.incident_id = :incidentId and h.hospital_id = :hospitalId
                 order by h.occurred_at, h.obligation_id, h.sequence""")
                .param("incidentId", incidentId).param("hospitalId", hospitalId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The running obligations of each of these incidents of the hospital that has any. */
    public Map<UUID, RunningObligations> runningOf(String hospitalId, Collection<UUID> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select incident_id, count(*) as running, min(due_at) as next_due from query.obligation
                 where hospital_id = :hospitalId and incident_id in (:incidentIds) and status in ('open', 'late')
                 group by incident_id""")
                .param("hospitalId", hospitalId).param("incidentIds", incidentIds)
                .query((rs, n) -> Map.entry(rs.getObject("incident_id", UUID.class), new RunningObligations(
                        rs.getInt("running"), instant(rs.getObject("next_due", OffsetDateTime.class)))))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static ObligationEntry entry(ResultSet rs) throws SQLException {
        String type = rs.getString("event_type");
        return new ObligationEntry(rs.getObject("obligation_id", UUID.class), rs.getString("rule_id"),
                rs.getString("title"), rs.getString("authority"), rs.getLong("sequence"),
                rs.getObject("event_id", UUID.class), type,
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor_id"),
                rs.getString("actor_role"), EventJson.readPayload(type, rs.getString("payload"), NotificationEvent.class));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
