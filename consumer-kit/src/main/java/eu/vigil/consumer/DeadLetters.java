package eu.vigil.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventJson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The service's dead-letter table ({@code <schema>.dead_letter}, created by each service's own migration): records
 * parked with their bytes and the reason, until an administrator replays them. Counts each parking in
 * {@code vigil.consumer.parked} (topic, consumer) and gauges the records still parked in
 * {@code vigil.consumer.dead-letters}.
 */
public class DeadLetters {

    private static final int REASON_LENGTH = 200; // enough for a SQL error, too short to echo a payload

    private final JdbcClient jdbc;
    private final String table;
    private final MeterRegistry meters;

    DeadLetters(JdbcClient jdbc, String table, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.table = table;
        this.meters = meters;
        Gauge.builder("vigil.consumer.dead-letters", this, DeadLetters::parkedOrNaN)
                .description("Records parked as dead letters and not replayed yet")
                .register(meters);
    }

    /** Parks the record (again, if it already was) with the reason; returns its dead-letter id. */
    long park(ConsumerRecord<?, ?> record, String consumer, Throwable reason) {
        byte[] value = bytesOf(record.value());
        JsonNode envelope = envelopeOrNull(value);
        var parked = jdbc.sql("""
                        insert into %s (consumer_group, topic, kafka_partition, kafka_offset, record_key, event_id,
                               event_type, record_value, reason_class, reason)
                        values (:consumer, :topic, :partition, :offset, :key, :eventId, :eventType, :value,
                                :reasonClass, :reason)
                        on conflict (consumer_group, topic, kafka_partition, kafka_offset) do update
                        set reason_class = excluded.reason_class, reason = excluded.reason, parked_at = now(),
                            replayed_at = null
                        returning id, (xmax = 0) as inserted""".formatted(table))
                .param("consumer", consumer).param("topic", record.topic())
                .param("partition", record.partition()).param("offset", record.offset())
                .param("key", record.key() == null ? null : text(String.valueOf(record.key()), 200))
                .param("eventId", eventIdOf(envelope)).param("eventType", textOf(envelope, "type"))
                .param("value", value)
                .param("reasonClass", reason.getClass().getName()).param("reason", shortMessage(reason))
                .query((rs, row) -> new Parked(rs.getLong("id"), rs.getBoolean("inserted"))).single();
        if (parked.inserted()) {
            Counter.builder("vigil.consumer.parked").description("Records parked as dead letters")
                    .tag("topic", record.topic()).tag("consumer", consumer).register(meters).increment();
        }
        return parked.id();
    }

    /** The records still parked, oldest first. */
    public List<DeadLetter> parked() {
        return jdbc.sql("""
                        select id, consumer_group, topic, kafka_partition, kafka_offset, record_key, event_id,
                               event_type, reason_class, reason, parked_at, replays, last_replay_at
                        from %s where replayed_at is null order by id""".formatted(table))
                .query(DeadLetters::deadLetter).list();
    }

    /** Whether this consumer group parked this record and it was not replayed since: the group never applied it. */
    public boolean parks(String consumer, String topic, int partition, long offset) {
        return jdbc.sql("""
                        select exists (select 1 from %s where consumer_group = :consumer and topic = :topic
                            and kafka_partition = :partition and kafka_offset = :offset and replayed_at is null)"""
                        .formatted(table))
                .param("consumer", consumer).param("topic", topic).param("partition", partition)
                .param("offset", offset).query(Boolean.class).single();
    }

    public long count() {
        return jdbc.sql("select count(*) from %s where replayed_at is null".formatted(table))
                .query(Long.class).single();
    }

    Optional<StoredRecord> stored(long id) {
        return jdbc.sql("""
                        select consumer_group, topic, kafka_partition, kafka_offset, record_key, record_value
                        from %s where id = :id and replayed_at is null""".formatted(table))
                .param("id", id)
                .query((rs, row) -> new StoredRecord(rs.getString("consumer_group"), new ConsumerRecord<>(
                        rs.getString("topic"), rs.getInt("kafka_partition"), rs.getLong("kafka_offset"),
                        rs.getString("record_key"), rs.getBytes("record_value"))))
                .optional();
    }

    void replayed(long id) {
        jdbc.sql("""
                        update %s set replayed_at = now(), replays = replays + 1, last_replay_at = now()
                        where id = :id""".formatted(table))
                .param("id", id).update();
    }

    void replayFailed(long id, Throwable reason) {
        jdbc.sql("""
                        update %s set reason_class = :reasonClass, reason = :reason, replays = replays + 1,
                               last_replay_at = now()
                        where id = :id""".formatted(table))
                .param("id", id).param("reasonClass", reason.getClass().getName())
                .param("reason", shortMessage(reason)).update();
    }

    static String shortMessage(Throwable reason) {
        return reason.getMessage() == null ? "" : text(reason.getMessage(), REASON_LENGTH);
    }

    private double parkedOrNaN() {
        try {
            return count();
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away: its own health says so
        }
    }

    // PostgreSQL text refuses U+0000, which is what parks many a record: parking must not fail on it too
    private static String text(String value, int length) {
        String clean = value.replace("\u0000", "\\u0000");
        return clean.length() <= length ? clean : clean.substring(0, length) + "…";
    }

    private static byte[] bytesOf(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        return value == null ? null : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode envelopeOrNull(byte[] value) {
        try {
            return value == null ? null : EventJson.mapper().readTree(value);
        } catch (Exception e) {
            return null; // an unreadable record is parked without event id and type
        }
    }

    private static UUID eventIdOf(JsonNode envelope) {
        try {
            String id = textOf(envelope, "eventId");
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String textOf(JsonNode envelope, String field) {
        if (envelope == null || !envelope.path(field).isTextual()) {
            return null;
        }
        return text(envelope.path(field).asText(), 200);
    }

    private static DeadLetter deadLetter(ResultSet rs, int row) throws SQLException {
        Timestamp lastReplay = rs.getTimestamp("last_replay_at");
        return new DeadLetter(rs.getLong("id"), rs.getString("consumer_group"), rs.getString("topic"),
                rs.getInt("kafka_partition"), rs.getLong("kafka_offset"), rs.getString("record_key"),
                rs.getObject("event_id", UUID.class), rs.getString("event_type"), rs.getString("reason_class"),
                rs.getString("reason"), rs.getTimestamp("parked_at").toInstant(), rs.getInt("replays"),
                lastReplay == null ? null : lastReplay.toInstant());
    }

    private record Parked(long id, boolean inserted) {
    }

    /** A parked record as it was read from the topic, and the consumer group that failed on it. */
    record StoredRecord(String consumer, ConsumerRecord<String, byte[]> record) {
    }
}
