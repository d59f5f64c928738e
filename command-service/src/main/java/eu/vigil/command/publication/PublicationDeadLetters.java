package eu.vigil.command.publication;

import eu.vigil.contracts.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code incident.publication_dead_letter}: the events the broker refused for good, and the later events of the
 * same incident parked behind them, so that no event of that incident reaches the topic before an earlier one.
 * Counts {@code vigil.publication.parked} (topic) and gauges {@code vigil.publication.dead-letters}.
 */
@Component
public class PublicationDeadLetters {

    private static final int REASON_LENGTH = 200; // enough for the broker's reason, too short to echo a payload

    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    PublicationDeadLetters(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        Gauge.builder("vigil.publication.dead-letters", this, PublicationDeadLetters::parkedOrNaN)
                .description("Events parked instead of published, not replayed yet").register(meters);
    }

    /** The first parked event of this incident, if any: the ones after it must wait behind it. */
    Optional<UUID> parkedEventOf(String aggregateId) {
        return jdbc.sql("""
                        select event_id from incident.publication_dead_letter
                        where aggregate_id = :aggregateId and replayed_at is null
                        order by aggregate_sequence limit 1""")
                .param("aggregateId", aggregateId).query(UUID.class).optional();
    }

    void park(EventEnvelope<?> envelope, String topic, byte[] value, String reasonClass, String reason) {
        int parked = jdbc.sql("""
                        insert into incident.publication_dead_letter (event_id, aggregate_id, aggregate_sequence,
                               event_type, topic, record_value, reason_class, reason)
                        values (:eventId, :aggregateId, :sequence, :type, :topic, :value, :reasonClass, :reason)
                        on conflict (event_id) do nothing""")
                .param("eventId", envelope.eventId()).param("aggregateId", envelope.aggregateId())
                .param("sequence", envelope.aggregateSequence()).param("type", envelope.type())
                .param("topic", topic).param("value", value).param("reasonClass", reasonClass)
                .param("reason", reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH) + "…")
                .update();
        if (parked == 1) {
            Counter.builder("vigil.publication.parked").description("Events parked instead of published")
                    .tag("topic", topic).register(meters).increment();
        }
    }

    /** The events still parked, oldest first, without their bytes. */
    public List<ParkedPublication> parked() {
        return jdbc.sql("""
                        select id, event_id, aggregate_id, aggregate_sequence, event_type, topic, reason_class, reason,
                               parked_at
                        from incident.publication_dead_letter where replayed_at is null order by id""")
                .query((rs, row) -> new ParkedPublication(rs.getLong("id"), rs.getObject("event_id", UUID.class),
                        rs.getString("aggregate_id"), rs.getLong("aggregate_sequence"), rs.getString("event_type"),
                        rs.getString("topic"), rs.getString("reason_class"), rs.getString("reason"),
                        rs.getTimestamp("parked_at").toInstant()))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from incident.publication_dead_letter where replayed_at is null")
                .query(Long.class).single();
    }

    private double parkedOrNaN() {
        try {
            return count();
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away: its own health says so
        }
    }
}
