package eu.vigil.publication;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The service's {@code <schema>.publication_dead_letter} (created by each service's own migration): the events the
 * broker refused for good, and the later events of the same aggregate parked behind them, so that no event of that
 * aggregate reaches the topic before an earlier one. Counts {@code vigil.publication.parked} (topic) and gauges
 * {@code vigil.publication.dead-letters}.
 */
public class PublicationDeadLetters {

    private static final int REASON_LENGTH = 200; // enough for the broker's reason, too short to echo a payload
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final JdbcClient jdbc;
    private final String table;
    private final MeterRegistry meters;

    PublicationDeadLetters(JdbcClient jdbc, String table, MeterRegistry meters) {
        if (!TABLE.matcher(table).matches()) { // it goes into SQL as it is
            throw new IllegalArgumentException("vigil.publication.dead-letter-table is no table name: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
        this.meters = meters;
        Gauge.builder("vigil.publication.dead-letters", this, PublicationDeadLetters::parkedOrNaN)
                .description("Events parked instead of published, not replayed yet").register(meters);
    }

    /** Whether any event waits parked, not yet replayed. */
    boolean anyParked() {
        return Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from %s where replayed_at is null)"
                .formatted(table)).query(Boolean.class).single());
    }

    /** The first parked event of this aggregate, if any: the ones after it must wait behind it. */
    Optional<UUID> parkedEventOf(String aggregateId) {
        return jdbc.sql("""
                        select event_id from %s
                        where aggregate_id = :aggregateId and replayed_at is null
                        order by aggregate_sequence limit 1""".formatted(table))
                .param("aggregateId", aggregateId).query(UUID.class).optional();
    }

    void park(Publication event, String reasonClass, String reason) {
        int parked = jdbc.sql("""
                        insert into %s (event_id, aggregate_id, aggregate_sequence, event_type, topic, record_value,
                               reason_class, reason)
                        values (:eventId, :aggregateId, :sequence, :type, :topic, :value, :reasonClass, :reason)
                        on conflict (event_id) do nothing""".formatted(table))
                .param("eventId", event.eventId()).param("aggregateId", event.aggregateId())
                .param("sequence", event.sequence()).param("type", event.eventType())
                .param("topic", event.record().topic()).param("value", event.record().value())
                .param("reasonClass", reasonClass).param("reason", shortened(reason))
                .update();
        if (parked == 1) {
            var counter = Counter.builder("vigil.publication.parked").description("Events parked instead of published")
                    .tag("topic", event.record().topic()).register(meters);
            // a batch's try that rolls back parks nothing, and its retry parks the event again: count the commit
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        counter.increment();
                    }
                });
            } else {
                counter.increment();
            }
        }
    }

    /** The events still parked, oldest first, without their bytes. */
    public List<ParkedPublication> parked() {
        return jdbc.sql("""
                        select id, event_id, aggregate_id, aggregate_sequence, event_type, topic, reason_class, reason,
                               parked_at
                        from %s where replayed_at is null order by id""".formatted(table))
                .query((rs, row) -> new ParkedPublication(rs.getLong("id"), rs.getObject("event_id", UUID.class),
                        rs.getString("aggregate_id"), rs.getLong("aggregate_sequence"), rs.getString("event_type"),
                        rs.getString("topic"), rs.getString("reason_class"), rs.getString("reason"),
                        rs.getTimestamp("parked_at").toInstant()))
                .list();
    }

    /** How many events are parked and not replayed yet. */
    public long count() {
        return jdbc.sql("select count(*) from %s where replayed_at is null".formatted(table))
                .query(Long.class).single();
    }

    String table() {
        return table;
    }

    private double parkedOrNaN() {
        try {
            return count();
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away: its own health says so
        }
    }

    // PostgreSQL text refuses U+0000: parking must not fail on the reason
    private static String shortened(String reason) {
        String clean = reason.replace("\u0000", "\\u0000");
        return clean.length() <= REASON_LENGTH ? clean : clean.substring(0, REASON_LENGTH) + "…";
    }
}
