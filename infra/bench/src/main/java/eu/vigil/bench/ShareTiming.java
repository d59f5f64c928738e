package eu.vigil.bench;

import eu.vigil.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When a share's correlation update was done, and when the share topic had it: a deferred constraint trigger on
 * {@code query.shared_incident} stamps {@code clock_timestamp()} at the commit of the share's transaction, after the
 * sightings, counts and campaign query of the share (the row's own {@code projected_at} is stamped at its first
 * statement); a bare consumer of its own group in this JVM stamps when the broker handed it the record, the floor of
 * the Kafka hop (it joins its group during the warm-up shares, which are not counted). The trigger adds one insert to
 * each share's transaction.
 */
final class ShareTiming implements AutoCloseable {

    private final Database database;
    private final Map<UUID, Long> seenAtMillis = new ConcurrentHashMap<>();
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private final Thread reader;

    ShareTiming(String bootstrapServers, Database database) throws SQLException {
        this.database = database;
        database.execute("create schema if not exists bench");
        database.execute("create table if not exists bench.share_done (incident_id uuid primary key,"
                + " done_at timestamptz not null)");
        database.execute("""
                create or replace function bench.share_done() returns trigger language plpgsql as $$
                begin
                    insert into bench.share_done values (new.incident_id, clock_timestamp())
                        on conflict (incident_id) do update set done_at = excluded.done_at;
                    return null;
                end $$""");
        database.execute("drop trigger if exists bench_share_done on query.shared_incident");
        database.execute("create constraint trigger bench_share_done after insert or update on query.shared_incident"
                + " deferrable initially deferred for each row execute function bench.share_done()");
        var consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-share-watch", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.INCIDENT_SHARES));
        reader = new Thread(() -> {
            try (consumer) {
                while (watching.get()) {
                    for (var record : consumer.poll(Duration.ofMillis(100))) {
                        seenAtMillis.putIfAbsent(UUID.fromString(record.key()), System.currentTimeMillis());
                    }
                }
            }
        }, "bench-share-watch");
        reader.setDaemon(true);
        reader.start();
    }

    Long seenAt(UUID incident) {
        return seenAtMillis.get(incident);
    }

    /** Epoch microseconds at which each incident's share transaction finished its work. */
    Map<UUID, Long> doneAtMicros() throws SQLException {
        var done = new HashMap<UUID, Long>();
        try (var connection = database.connect(); var rows = connection.createStatement().executeQuery(
                "select incident_id, (extract(epoch from done_at) * 1000000)::bigint from bench.share_done")) {
            while (rows.next()) {
                done.put(UUID.fromString(rows.getString(1)), rows.getLong(2));
            }
        }
        return done;
    }

    @Override
    public void close() throws Exception {
        watching.set(false);
        reader.join(5_000);
        database.execute("drop trigger if exists bench_share_done on query.shared_incident");
    }
}
