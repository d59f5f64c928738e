package eu.vigil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.EventJson;
import eu.vigil.testsupport.GeneratedIncidents;
import eu.vigil.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * W7 (performance.md): query-service rebuilds its register and its timeline from the incident topic (its rebuild
 * of issue 15: new tables, then a swap), beside the raw references of the same run: R4, one client's batched insert of
 * the timeline's own rows, 1,000 per transaction as the rebuild writes them (10 per transaction is printed too, the
 * shape performance.md's pgbench figure used); and the raw sequential read of the same topic by one bare consumer.
 * The goal is the rebuild's rate against the lower of R4 and the topic read.
 */
final class RebuildRatePhase {

    private static final String TOPIC = "vigil.incident-events";
    private static final int EVENTS_PER_INCIDENT = 25;
    private static final int ROWS_PER_TRANSACTION = 1000; // the rebuild's records per transaction
    private static final Duration WAIT = Duration.ofMinutes(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchStack stack;
    private final Database database;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();

    RebuildRatePhase(BenchStack stack, Database database, PrintStream out) {
        this.stack = stack;
        this.database = database;
        this.out = out;
    }

    void run(int incidents) throws Exception {
        long events = (long) incidents * EVENTS_PER_INCIDENT;
        out.printf(Locale.ROOT, "%nVigil W7: rebuilding the register and the timeline from %,d events of %,d incidents"
                + " on the topic, beside R4 and the topic's raw read%n", events, incidents);
        seed(incidents);
        awaitLive(events);
        double topicRead = rawTopicRead(events);
        double r4 = batchedInsert(events, ROWS_PER_TRANSACTION);
        double r4Small = batchedInsert(Math.min(events, 20_000), 10);
        double reference = Math.min(topicRead, r4);
        out.printf(Locale.ROOT, "  R4 batched insert (%d rows/transaction, 1 client): %,.0f rows/s"
                + " (10 rows/transaction: %,.0f rows/s)%n", ROWS_PER_TRANSACTION, r4, r4Small);
        out.printf(Locale.ROOT, "  raw topic read (1 consumer):                   %,.0f events/s%n", topicRead);
        for (String readModel : List.of("register", "timeline")) {
            double rate = rebuild(readModel);
            out.printf(Locale.ROOT, "  W7 %-8s rebuild: %,.0f events/s = %.0f %% of min(R4, topic read)"
                    + " (must >= 25 %%, target >= 50 %%)%n", readModel, rate, 100 * rate / reference);
        }
    }

    private void seed(int incidents) throws Exception {
        var settings = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        long began = System.nanoTime();
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
            for (long seed = 1; seed <= incidents; seed++) {
                for (var event : GeneratedIncidents.history(seed, "h-bench-" + (seed % 1000), EVENTS_PER_INCIDENT)) {
                    producer.send(new ProducerRecord<>(TOPIC, event.aggregateId(), EventJson.write(event)));
                }
            }
            producer.flush();
        }
        out.printf(Locale.ROOT, "  seeded the topic in %,d ms%n", (System.nanoTime() - began) / 1_000_000);
    }

    // the live projections first apply everything, so the rebuild's catch-up has nothing left to take
    private void awaitLive(long events) throws Exception {
        long began = System.nanoTime();
        long deadline = began + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            long timeline = Long.parseLong(database.text("select count(*) from query.incident_timeline"));
            long register = Long.parseLong(database.text(
                    "select coalesce(sum(last_sequence + 1), 0) from query.incident_register"));
            if (timeline >= events && register >= events) {
                out.printf(Locale.ROOT, "  the live projections applied them in %,d ms%n",
                        (System.nanoTime() - began) / 1_000_000);
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the live projections did not apply the seeded events within " + WAIT);
    }

    private double rawTopicRead(long events) {
        var settings = Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long read = 0;
            long began = System.nanoTime();
            while (read < events) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    read += record.value().length > 0 ? 1 : 0;
                }
            }
            return read / seconds(began);
        }
    }

    // R4: the timeline's rows, as query-service wrote them, inserted again under new ids into a copy of its table
    private double batchedInsert(long events, int rowsPerTransaction) throws Exception {
        database.execute("create schema if not exists bench");
        database.execute("drop table if exists bench.r4_timeline");
        database.execute("create table bench.r4_timeline (like query.incident_timeline including all)");
        var rows = database.rows("select payload::text from query.incident_timeline limit 1000");
        try (var connection = database.connect(); var insert = connection.prepareStatement(
                "insert into bench.r4_timeline (incident_id, sequence, event_id, hospital_id, event_type, kind,"
                        + " occurred_at, actor_id, actor_role, payload) values (?, ?, ?, 'h-bench',"
                        + " 'TimelineEntryAppended', 'timeline', ?, 'bench-officer', 'SECURITY_OFFICER',"
                        + " cast(? as jsonb))")) {
            connection.setAutoCommit(false);
            UUID incident = UUID.randomUUID();
            long began = System.nanoTime();
            for (long row = 0; row < events; row++) {
                insert.setObject(1, incident);
                insert.setLong(2, row);
                insert.setObject(3, UUID.randomUUID());
                insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(5, rows.get((int) (row % rows.size())));
                insert.addBatch();
                if ((row + 1) % rowsPerTransaction == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
            return events / seconds(began);
        } finally {
            database.execute("drop table bench.r4_timeline");
        }
    }

    private double rebuild(String readModel) throws Exception {
        var started = send(HttpRequest.newBuilder(uri("/api/read-models/" + readModel + "/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody()), 202);
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode rebuild = started.get("rebuild");
        while (rebuild.get("phase").asText().matches("copying|waiting-for-live|catching-up")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(readModel + " was not rebuilt within " + WAIT);
            }
            Thread.sleep(500);
            rebuild = send(HttpRequest.newBuilder(uri("/api/read-models/" + readModel)).GET(), 200).get("rebuild");
        }
        if (!rebuild.get("phase").asText().equals("done")) {
            throw new IllegalStateException(readModel + " rebuild " + rebuild);
        }
        var took = Duration.between(Instant.parse(rebuild.get("startedAt").asText()),
                Instant.parse(rebuild.get("finishedAt").asText()));
        return rebuild.get("eventsDone").asLong() * 1000.0 / Math.max(1, took.toMillis());
    }

    private JsonNode send(HttpRequest.Builder request, int expected) throws Exception {
        String token = TestTokens.bearer("bench-admin", "ADMIN", null);
        var response = http.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("query-service answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create(stack.queryService().url() + path);
    }

    private static double seconds(long began) {
        return Math.max(1, System.nanoTime() - began) / 1e9;
    }
}
