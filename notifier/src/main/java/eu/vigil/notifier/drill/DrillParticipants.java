package eu.vigil.notifier.drill;

import eu.vigil.contracts.drill.DrillStarted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Whom a drill's reminders and escalations go to, as its start named them (ADR 0022). */
@Component
public class DrillParticipants {

    private final JdbcClient jdbc;

    DrillParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A start delivered again adds nothing. */
    @Transactional
    public void record(DrillStarted started) {
        started.participants().forEach(address -> jdbc.sql("""
                        insert into notification.drill_participant (drill_id, address) values (:drill, :address)
                        on conflict do nothing""")
                .param("drill", started.drillId()).param("address", address).update());
    }

    /** On the drill's deletion (ADR 0023): their addresses are personal data of staff. */
    @Transactional
    public void forget(UUID drillId) {
        jdbc.sql("delete from notification.drill_participant where drill_id = :drill").param("drill", drillId).update();
    }

    /** The drill's participants, in the order of their addresses; empty when its start named none or is not known. */
    public List<String> of(UUID drillId) {
        return jdbc.sql("select address from notification.drill_participant where drill_id = :drill order by address")
                .param("drill", drillId).query(String.class).list();
    }
}
