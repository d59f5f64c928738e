package eu.vigil.query.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
