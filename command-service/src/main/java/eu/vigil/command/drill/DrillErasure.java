package eu.vigil.command.drill;

import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Removes a deleted drill from this service's store (ADR 0023): its aggregate and its incidents', each whole, through
 * the one database function the append-only trigger lets through ({@code incident.delete_drill},
 * V10__delete_drill.sql), which refuses anything but a drill that recorded {@code DrillDeleted}. In the caller's
 * transaction: the publishing processor's batch, with its token.
 */
@Component
public class DrillErasure {

    private final JdbcClient jdbc;
    private final Cache incidents;

    DrillErasure(JdbcClient jdbc, @Qualifier("incidentCache") Cache incidents) {
        this.jdbc = jdbc;
        this.incidents = incidents;
    }

    public void erase(UUID drillId) {
        jdbc.sql("select incident.delete_drill(:drill)").param("drill", drillId).query(String.class).list()
                .forEach(incidents::remove); // a cached incident must not take a command after its events are gone
    }
}
