package eu.vigil.notifier.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.consumer.incident.IncidentFold;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.notifier.obligation.IncidentClock;
import eu.vigil.notifier.obligation.IncidentClocks;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the seen incidents; {@link SeenIncidentRecorder} is their only writer. */
@Component
public class SeenIncidents implements IncidentClocks {

    private static final String COLUMNS = """
            select incident_id, hospital_id, aware_at, personal_data_involved, first_seen_at, drill_id, drill_scale
            from notification.seen_incident""";
    private static final RowMapper<SeenIncident> ROW = SeenIncidents::row;

    private final JdbcClient jdbc;

    SeenIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SeenIncident> find(UUID incidentId) {
        return jdbc.sql(COLUMNS + " where incident_id = :incidentId")
                .param("incidentId", incidentId)
                .query(ROW).optional();
    }

    @Override
    public Optional<IncidentClock> of(IncidentId incident) {
        return jdbc.sql("""
                        select hospital_id, aware_at, personal_data_aware_at, handling_concluded_at, impact_ended_at,
                               state
                          from notification.seen_incident where incident_id = :id""")
                .param("id", incident.value())
                .query((row, n) -> new IncidentClock(incident, HospitalId.of(row.getString("hospital_id")),
                        instant(row, "aware_at"), instant(row, "personal_data_aware_at"),
                        instant(row, "handling_concluded_at"), instant(row, "impact_ended_at"),
                        exerciseOf(row.getString("state"))))
                .optional();
    }

    /** The incident's folded state; empty when it was never seen. */
    public Optional<IncidentState> stateOf(IncidentId incident) {
        return jdbc.sql("select state from notification.seen_incident where incident_id = :id")
                .param("id", incident.value())
                .query((row, n) -> IncidentFold.read(row.getString("state")))
                .optional();
    }

    /** The incident's current timeline entries (a correction replaces what it corrects), oldest first. */
    public List<TimelineEntryAppended> currentEntriesOf(IncidentId incident) {
        return jdbc.sql("""
                        select entry_id, kind, text, happened_at, recorded_at
                          from notification.seen_timeline_entry
                         where incident_id = :id and superseded_by is null
                         order by happened_at, recorded_at, entry_id""")
                .param("id", incident.value())
                .query((row, n) -> new TimelineEntryAppended(incident, row.getObject("entry_id", UUID.class),
                        TimelineEntryKind.fromCode(row.getString("kind")), row.getString("text"),
                        instant(row, "happened_at"), instant(row, "recorded_at"), null, null))
                .list();
    }

    /** How many incidents of one hospital were seen. */
    public long countOf(String hospitalId) {
        return jdbc.sql("select count(*) from notification.seen_incident where hospital_id = :hospitalId")
                .param("hospitalId", hospitalId)
                .query(Long.class).single();
    }

    /** One hospital's incidents seen most recently, newest first. */
    public List<SeenIncident> newestOf(String hospitalId, int limit) {
        return jdbc.sql(COLUMNS + " where hospital_id = :hospitalId order by first_seen_at desc, incident_id limit :limit")
                .param("hospitalId", hospitalId).param("limit", limit)
                .query(ROW).list();
    }

    // the fold decides whether an incident is a drill's (ADR 0022); a row kept before the fold was has none
    private static Exercise exerciseOf(String state) {
        return state == null ? null : IncidentFold.read(state).exercise();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                .orElse(null);
    }

    private static SeenIncident row(ResultSet rs, int rowNum) throws SQLException {
        return new SeenIncident(rs.getObject("incident_id", UUID.class), rs.getString("hospital_id"),
                rs.getObject("aware_at", OffsetDateTime.class).toInstant(), rs.getString("personal_data_involved"),
                rs.getObject("first_seen_at", OffsetDateTime.class).toInstant(),
                rs.getObject("drill_id") == null ? null
                        : new Exercise(rs.getObject("drill_id", UUID.class), rs.getInt("drill_scale")));
    }
}
