package eu.vigil.command.drill.view;

import eu.vigil.contracts.HospitalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The drills of a hospital, as {@link DrillProjection} keeps them; another hospital's are never found. */
@Component
public class DrillRecords {

    private static final String COLUMNS = "drill_id, hospital_id, scenario_id, title, scale, started_at, ended_at,"
            + " lessons, archived_at, participants";

    private final JdbcClient jdbc;

    DrillRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DrillRecord> find(UUID drillId, HospitalId hospital) {
        return jdbc.sql("select " + COLUMNS + " from incident.drill where drill_id = :id and hospital_id = :hospital")
                .param("id", drillId).param("hospital", hospital.value()).query(DrillRecords::row).optional();
    }

    /** The archived drills, or the others; newest first. */
    public List<DrillRecord> ofHospital(HospitalId hospital, boolean archived) {
        return jdbc.sql("select " + COLUMNS + " from incident.drill where hospital_id = :hospital"
                        + " and (archived_at is not null) = :archived order by started_at desc, drill_id")
                .param("hospital", hospital.value()).param("archived", archived).query(DrillRecords::row).list();
    }

    /** How many of the hospital's drills are archived. */
    public int archivedOf(HospitalId hospital) {
        return jdbc.sql("select count(*) from incident.drill where hospital_id = :hospital and archived_at is not null")
                .param("hospital", hospital.value()).query(Integer.class).single();
    }

    private static DrillRecord row(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new DrillRecord(rs.getObject("drill_id", UUID.class), rs.getString("hospital_id"),
                rs.getString("scenario_id"), rs.getString("title"), rs.getInt("scale"),
                rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant(),
                rs.getString("lessons"), instant(rs.getTimestamp("archived_at")),
                rs.getString("participants").lines().filter(line -> !line.isEmpty()).toList());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
