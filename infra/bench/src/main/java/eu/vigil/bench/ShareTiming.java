package eu.vigil.bench;

import eu.vigil.contracts.Topics;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** Epoch microseconds at which each incident's share transaction finished its work, and began it. */
    private Map<UUID, long[]> doneAndBegunMicros() throws SQLException {
        var done = new HashMap<UUID, long[]>();
        try (var connection = database.connect(); var rows = connection.createStatement().executeQuery("""
                select d.incident_id, (extract(epoch from d.done_at) * 1000000)::bigint,
                       (extract(epoch from s.projected_at) * 1000000)::bigint
                  from bench.share_done d join query.shared_incident s using (incident_id)""")) {
            while (rows.next()) {
                done.put(UUID.fromString(rows.getString(1)), new long[] {rows.getLong(2), rows.getLong(3)});
            }
        }
        return done;
    }

    /**
     * Prints the correlation update of the measured shares: query-service's update, from the moment the broker hands
     * the record to a consumer to the commit of the share's transaction (issue 16's goal: the projection's work on
     * seeded read models, not the transport before it, which W4's lag covers), its own statements, and the whole way
     * from the send.
     */
    void print(List<UUID> measured, Map<UUID, Long> sentAt, int perSecond) throws SQLException {
        var endToEnd = new Histogram(ClosedLoop.HIGHEST_MICROS, 3);
        var hop = new Histogram(ClosedLoop.HIGHEST_MICROS, 3);
        var service = new Histogram(ClosedLoop.HIGHEST_MICROS, 3);
        var statements = new Histogram(ClosedLoop.HIGHEST_MICROS, 3);
        var done = doneAndBegunMicros();
        for (UUID incident : measured) {
            long sent = sentAt.get(incident) * 1000;
            long finished = done.get(incident)[0];
            endToEnd.recordValue(bounded(finished - sent));
            statements.recordValue(bounded(finished - done.get(incident)[1]));
            Long seen = seenAtMillis.get(incident);
            if (seen != null) {
                hop.recordValue(bounded(seen * 1000 - sent));
                service.recordValue(bounded(finished - seen * 1000));
            }
        }
        System.out.printf(Locale.ROOT, "Correlation update: %d new shares (10 indicators, 3 of them already seen at 2"
                + " to 50 hospitals) at %d/s on the share topic%n", measured.size(), perSecond);
        System.out.printf(Locale.ROOT, "  query-service, a consumer has the record -> correlation updated (%d of %d"
                        + " seen): p50 %6.2f  p99 %6.2f  max %6.2f ms; p99 %s 50 ms (goal)%n", service.getTotalCount(),
                measured.size(), millis(service, 50), millis(service, 99), service.getMaxValue() / 1000.0,
                millis(service, 99) <= 50 ? "<=" : "OVER");
        System.out.printf(Locale.ROOT, "    of which the share's own statements, its row written -> committed:"
                        + " p50 %6.2f  p99 %6.2f  max %6.2f ms%n", millis(statements, 50), millis(statements, 99),
                statements.getMaxValue() / 1000.0);
        System.out.printf(Locale.ROOT, "  the whole way, record sent -> correlation updated: p50 %6.2f  p99 %6.2f  max"
                        + " %6.2f ms, of which the Kafka hop, sent -> a bare consumer has it: p50 %6.2f  p99 %6.2f ms%n",
                millis(endToEnd, 50), millis(endToEnd, 99), endToEnd.getMaxValue() / 1000.0, millis(hop, 50),
                millis(hop, 99));
    }

    private static long bounded(long micros) {
        return Math.max(0, Math.min(ClosedLoop.HIGHEST_MICROS, micros));
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    @Override
    public void close() throws Exception {
        watching.set(false);
        reader.join(5_000);
        database.execute("drop trigger if exists bench_share_done on query.shared_incident");
    }
}
