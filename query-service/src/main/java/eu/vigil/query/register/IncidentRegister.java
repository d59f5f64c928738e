package eu.vigil.query.register;

import eu.vigil.contracts.drill.Exercise;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Reads the incident register; {@link IncidentRegisterProjection} is its only writer. */
@Component
public class IncidentRegister {

    private static final String COLUMNS = """
            select incident_id, hospital_id, summary, category, detected_at, aware_at, personal_data_involved,
                   reported_at, reported_by, severity, phase, significance, patient_care_impact, shared_tlp,
                   drill_id, drill_scale
            from query.incident_register""";
    private static final RowMapper<RegisteredIncident> ROW = IncidentRegister::row;

    private final JdbcClient jdbc;

    IncidentRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RegisteredIncident> find(UUID incidentId) {
        return jdbc.sql(COLUMNS + " where incident_id = :incidentId")
                .param("incidentId", incidentId)
                .query(ROW).optional();
    }

    static RegisteredIncident row(ResultSet rs, int rowNum) throws SQLException {
        return new RegisteredIncident(rs.getObject("incident_id", UUID.class), rs.getString("hospital_id"),
                rs.getString("summary"), rs.getString("category"), instant(rs, "detected_at"),
                instant(rs, "aware_at"), rs.getString("personal_data_involved"), instant(rs, "reported_at"),
                rs.getString("reported_by"), rs.getString("severity"), rs.getString("phase"),
                rs.getString("significance"), rs.getString("patient_care_impact"), rs.getString("shared_tlp"),
                exercise(rs));
    }

    private static Exercise exercise(ResultSet rs) throws SQLException {
        var drill = rs.getObject("drill_id", UUID.class);
        return drill == null ? null : new Exercise(drill, rs.getInt("drill_scale"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
