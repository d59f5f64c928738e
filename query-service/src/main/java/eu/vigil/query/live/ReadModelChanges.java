package eu.vigil.query.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;

/**
 * Tells every query-service instance that an incident's read model changed, through PostgreSQL's NOTIFY: a
 * projection calls it in its own transaction, so the news goes out when, and only when, the change is committed,
 * to the instances whose users watch the incident whichever instance consumed the event.
 */
@Component
public class ReadModelChanges {

    static final String CHANNEL = "vigil_read_model";

    private final JdbcClient jdbc;

    ReadModelChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Within the projection's transaction: the incident's rows changed. */
    public void changed(String hospitalId, UUID incidentId) {
        notify(new Change(hospitalId, incidentId, false));
    }

    /**
     * Within the projection's transaction: the rows of these incidents (each beside its hospital) changed, told in
     * one statement for a whole batch, not a round trip each. The same news twice in one transaction is one
     * notification anyway (PostgreSQL folds identical payloads).
     */
    public void changed(Map<UUID, String> hospitalsByIncident) {
        if (hospitalsByIncident.isEmpty()) {
            return;
        }
        var payloads = hospitalsByIncident.entrySet().stream()
                .map(change -> new Change(change.getValue(), change.getKey(), false).payload())
                .toArray(String[]::new);
        jdbc.sql("select pg_notify(:channel, payload) from unnest(:payloads) as payload")
                .param("channel", CHANNEL).param("payloads", payloads)
                .query((rs, n) -> n).list();
    }

    /** Within the projection's transaction: the incident's share in the CERT feed changed. */
    public void shared(String hospitalId, UUID incidentId) {
        notify(new Change(hospitalId, incidentId, true));
    }

    private void notify(Change change) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL).param("payload", change.payload())
                .query((rs, n) -> n).list();
    }
}
