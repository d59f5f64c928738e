package eu.vigil.query.projection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The events each projection has applied ({@code query.applied_event}). A projection records the event here in
 * the same transaction as its row change, so that a redelivered event changes nothing.
 */
@Component
public class AppliedEvents {

    private final JdbcClient jdbc;

    AppliedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event as applied by the projection; false when it already was (at-least-once delivery). */
    public boolean firstDelivery(String projection, UUID eventId) {
        return jdbc.sql("""
                insert into query.applied_event (projection, event_id) values (:projection, :eventId)
                on conflict do nothing""")
                .param("projection", projection).param("eventId", eventId)
                .update() == 1;
    }
}
