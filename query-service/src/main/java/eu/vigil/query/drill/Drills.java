package eu.vigil.query.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.drill.ScriptedInject;
import eu.vigil.query.drill.DrillFacts.Action;
import eu.vigil.query.drill.DrillFacts.Incident;
import eu.vigil.query.drill.DrillFacts.Obligation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the drills ({@link DrillProjection} is their only writer) and what their reports are scored from: the
 * drill's incidents in the register, their timelines, their obligations and the obligations' histories.
 */
@Component
public class Drills {

    private static final TypeReference<List<ScriptedInject>> SCRIPT = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> BY_LANGUAGE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    Drills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Drill> find(UUID drillId) {
        return jdbc.sql("select * from query.drill where drill_id = :id").param("id", drillId)
                .query((rs, n) -> drill(rs)).optional();
    }

    /** The hospital's drills, the latest started first. */
    public List<Drill> ofHospital(String hospitalId) {
        return jdbc.sql("select * from query.drill where hospital_id = :hospital order by started_at desc, drill_id")
                .param("hospital", hospitalId).query((rs, n) -> drill(rs)).list();
    }

    public DrillFacts factsOf(Drill drill) {
        var incidents = jdbc.sql("""
                        select incident_id, summary, aware_at from query.incident_register
                         where drill_id = :drill and hospital_id = :hospital order by aware_at, incident_id""")
                .param("drill", drill.drillId()).param("hospital", drill.hospitalId())
                .query((rs, n) -> new Incident(rs.getObject("incident_id", UUID.class), rs.getString("summary"),
                        instant(rs, "aware_at"))).list();
        if (incidents.isEmpty()) {
            return new DrillFacts(drill, List.of(), List.of(), List.of());
        }
        var ids = incidents.stream().map(Incident::incidentId).toList();
        var actions = new ArrayList<Action>(jdbc.sql("""
                        select incident_id, event_type, occurred_at, actor_id, actor_role from query.incident_timeline
                         where incident_id in (:ids) order by occurred_at, incident_id, sequence""")
                .param("ids", ids)
                .query((rs, n) -> new Action(rs.getObject("incident_id", UUID.class), null, null,
                        rs.getString("event_type"), instant(rs, "occurred_at"), rs.getString("actor_id"),
                        rs.getString("actor_role"))).list());
        actions.addAll(jdbc.sql("""
                        select h.obligation_id, h.incident_id, o.rule_id, h.event_type, h.occurred_at, h.actor_id,
                               h.actor_role
                          from query.obligation_history h join query.obligation o using (obligation_id)
                         where h.incident_id in (:ids) order by h.occurred_at, h.obligation_id, h.sequence""")
                .param("ids", ids)
                .query((rs, n) -> new Action(rs.getObject("incident_id", UUID.class),
                        rs.getObject("obligation_id", UUID.class), rs.getString("rule_id"),
                        rs.getString("event_type"), instant(rs, "occurred_at"), rs.getString("actor_id"),
                        rs.getString("actor_role"))).list());
        var obligations = jdbc.sql("""
                        select obligation_id, incident_id, rule_id, due_at, status from query.obligation
                         where incident_id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> new Obligation(rs.getObject("obligation_id", UUID.class),
                        rs.getObject("incident_id", UUID.class), rs.getString("rule_id"), instant(rs, "due_at"),
                        rs.getString("status"))).list();
        return new DrillFacts(drill, incidents, actions, obligations);
    }

    static Drill drill(ResultSet rs) throws SQLException {
        return new Drill(rs.getObject("drill_id", UUID.class), rs.getString("hospital_id"), rs.getString("title"),
                rs.getString("scenario_id"), rs.getInt("scale"), instant(rs, "started_at"), instant(rs, "ended_at"),
                rs.getString("lessons"), instant(rs, "lessons_recorded_at"), instant(rs, "archived_at"),
                json(rs.getString("script"), SCRIPT), json(rs.getString("scenario_title"), BY_LANGUAGE),
                rs.getLong("last_sequence"));
    }

    private static <T> T json(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable drill column: " + e.getOriginalMessage(), e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
