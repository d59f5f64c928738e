package eu.vigil.query.timeline;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Reads the incident timeline; {@link IncidentTimelineProjection} is its only writer. */
@Component
public class IncidentTimeline {

    private final JdbcClient jdbc;

    IncidentTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The incident's history once its report is on the timeline, whichever hospital it belongs to. */
    public Optional<IncidentHistory> find(UUID incidentId) {
        var rows = jdbc.sql("""
                select sequence, event_id, hospital_id, event_type, kind, occurred_at, actor_id, actor_role,
                       payload, correction_reason
                from query.incident_timeline where incident_id = :incidentId order by sequence""")
                .param("incidentId", incidentId)
                .query((rs, rowNum) -> new Row(rs.getString("hospital_id"), entry(rs)))
                .list();
        if (rows.isEmpty() || rows.get(0).entry().kind() != HistoryKind.REPORT) {
            return Optional.empty(); // an incident starts with its report, as in the register
        }
        return Optional.of(new IncidentHistory(incidentId, rows.get(0).hospitalId(),
                rows.stream().map(Row::entry).toList()));
    }

    /** Whether the timeline holds the event at this sequence of this hospital's incident. */
    public boolean holds(UUID incidentId, String hospitalId, long sequence) {
        return jdbc.sql("""
                select exists (select 1 from query.incident_timeline where incident_id = :incidentId
                               and sequence = :sequence and hospital_id = :hospitalId)""")
                .param("incidentId", incidentId).param("sequence", sequence).param("hospitalId", hospitalId)
                .query(Boolean.class).single();
    }

    private static TimelineEntry entry(ResultSet rs) throws SQLException {
        String type = rs.getString("event_type");
        var event = EventJson.readPayload(type, rs.getString("payload"), IncidentEvent.class);
        return new TimelineEntry(rs.getLong("sequence"), rs.getObject("event_id", UUID.class), type,
                HistoryKind.findByCode(rs.getString("kind")).orElseThrow(),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_id"), rs.getString("actor_role"), rs.getString("correction_reason"), false,
                false, event);
    }

    private record Row(String hospitalId, TimelineEntry entry) {
    }
}
