package eu.vigil.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When each incident event reached the topic, as a consumer of its own group sees it in this JVM: it splits W4's
 * lag into the command side (commit, the publishing processor, the broker) and query-service's consumption. Seen
 * instants go to {@code bench.seen_on_topic} for the lag queries.
 */
final class TopicWatch implements AutoCloseable {

    static final String TABLE = "bench.seen_on_topic";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Seen(UUID eventId, Instant at) {
    }

    private final Database database;
    private final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private final Thread reader;

    TopicWatch(String bootstrapServers, Database database) throws SQLException {
        this.database = database;
        database.execute("create schema if not exists bench");
        database.execute("create table if not exists " + TABLE
                + " (event_id uuid primary key, seen_at timestamptz not null)");
        var consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-topic-watch", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.INCIDENT_EVENTS));
        reader = new Thread(() -> {
            try (consumer) {
                while (watching.get()) {
                    for (var record : consumer.poll(Duration.ofMillis(100))) {
                        Instant at = Instant.now();
                        seen.add(new Seen(eventId(record.value()), at));
                    }
                }
            }
        }, "bench-topic-watch");
        reader.setDaemon(true);
        reader.start();
    }

    /** Writes what was seen since the last flush. */
    void flush() throws SQLException {
        try (var connection = database.connect(); var insert = connection.prepareStatement(
                "insert into " + TABLE + " (event_id, seen_at) values (?, ?) on conflict do nothing")) {
            Seen next;
            int batched = 0;
            while ((next = seen.poll()) != null) {
                insert.setObject(1, next.eventId());
                insert.setObject(2, next.at().atOffset(ZoneOffset.UTC));
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static UUID eventId(byte[] envelope) {
        try {
            return UUID.fromString(JSON.readTree(envelope).path("eventId").asText());
        } catch (IOException | IllegalArgumentException e) {
            return UUID.randomUUID(); // not an envelope: nothing joins it
        }
    }

    @Override
    public void close() throws InterruptedException {
        watching.set(false);
        reader.join(5_000);
    }
}
