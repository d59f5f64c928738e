package eu.vigil.query.instances;

import eu.vigil.consumer.incident.IncidentFold;
import eu.vigil.contracts.incident.IncidentState;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rows of the read models fed by the incident topic, as the query services wrote them into their one database. */
record ReadModelRows(JdbcClient jdbc) {

    long timelineRows() {
        return jdbc.sql("select count(*) from query.incident_timeline").query(Long.class).single();
    }

    /** Each timeline row as {@code incident/sequence/event id}. */
    List<String> timeline() {
        return jdbc.sql("select incident_id || '/' || sequence || '/' || event_id from query.incident_timeline")
                .query(String.class).list();
    }

    /** Each register row's last sequence, by incident. */
    Map<UUID, Long> registerSequences() {
        var sequences = new HashMap<UUID, Long>();
        jdbc.sql("select incident_id, last_sequence from query.incident_register").query((row, n) ->
                sequences.put(row.getObject("incident_id", UUID.class), row.getLong("last_sequence"))).list();
        return sequences;
    }

    /** The incident's state the register keeps beside its row. */
    IncidentState registerState(UUID incident) {
        return jdbc.sql("select state from query.incident_register where incident_id = :id").param("id", incident)
                .query((row, n) -> IncidentFold.read(row.getString("state"))).single();
    }

    /** Each CERT feed row as {@code revision/withdrawn}, by incident. */
    Map<UUID, String> shares() {
        var shares = new HashMap<UUID, String>();
        jdbc.sql("select incident_id, revision, withdrawn_at is not null as withdrawn from query.shared_incident")
                .query((row, n) -> shares.put(row.getObject("incident_id", UUID.class),
                        row.getInt("revision") + "/" + (row.getBoolean("withdrawn") ? "withdrawn" : "shared"))).list();
        return shares;
    }

    /** How many names each hospital that shares under a pseudonym goes by in the CERT feed. */
    Map<String, Long> pseudonymsPerHospital() {
        var names = new HashMap<String, Long>();
        jdbc.sql("""
                select hospital_id, count(distinct publisher) as names from query.shared_incident
                 where pseudonymised group by hospital_id""")
                .query((row, n) -> names.put(row.getString("hospital_id"), row.getLong("names"))).list();
        return names;
    }
}
