package eu.vigil.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * R1ax (performance.md): single-row INSERTs with autocommit into a scratch copy of Axon's event table, one
 * connection per client, on the service's own database. Rows look like the service's own: the same type names and
 * the average payload and metadata sizes of the events the service wrote during the warm-up.
 */
final class RawInsertReference {

    static final String TABLE = "bench.raw_event";
    private static final int EVENTS_PER_AGGREGATE = 50;

    /** What the rows carry, taken from the service's events after the warm-up. */
    record RowShape(String type, String payloadType, int payloadBytes, int metaDataBytes) {

        private static final RowShape FALLBACK = new RowShape("Incident",
                "eu.vigil.contracts.incident.TimelineEntryAppended", 600, 400);

        /**
         * The average sizes of all events the service wrote, with the names of its most frequent event type; a
         * guess when it wrote nothing yet.
         */
        static RowShape ofServiceEvents(Database database) throws SQLException {
            try (var connection = database.connect(); var result = connection.createStatement().executeQuery("""
                    select names.type, names.payload_type, sizes.payload, sizes.meta_data
                    from (select avg(octet_length(payload))::int as payload,
                                 avg(coalesce(octet_length(meta_data), 0))::int as meta_data
                          from incident.domain_event_entry) sizes
                    cross join (select type, payload_type from incident.domain_event_entry
                                group by type, payload_type order by count(*) desc limit 1) names""")) {
                return result.next() ? new RowShape(result.getString(1), result.getString(2), result.getInt(3),
                        result.getInt(4)) : FALLBACK;
            }
        }
    }

    private final Database database;
    private final RowShape shape;

    RawInsertReference(Database database, RowShape shape) {
        this.database = database;
        this.shape = shape;
    }

    /** Columns, constraints and indexes follow command-service's Flyway schema; the sequence is its own. */
    static void createTable(Database database) throws SQLException {
        database.execute("create schema if not exists bench");
        database.execute("create table " + TABLE + " (like incident.domain_event_entry including all)");
        // LIKE copies the default nextval('incident...'): the reference must not draw the event store's numbers
        database.execute("create sequence bench.raw_event_global_index_seq owned by " + TABLE + ".global_index");
        database.execute("alter table " + TABLE + " alter column global_index"
                + " set default nextval('bench.raw_event_global_index_seq')");
    }

    /** Measures, then empties the table, so that every round starts from the same table. */
    Measurement run(ClosedLoop loop, Duration duration) throws Exception {
        var writers = new ArrayList<Writer>();
        try {
            for (int client = 0; client < loop.clients(); client++) {
                writers.add(new Writer(database.connect()));
            }
            return loop.run("R1ax raw insert", duration, client -> writers.get(client).insert());
        } finally {
            for (Writer writer : writers) {
                writer.connection.close();
            }
            database.execute("truncate " + TABLE);
        }
    }

    private static byte[] randomText(int length) {
        var random = ThreadLocalRandom.current();
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** One client's connection (autocommit, so each insert is its own durable commit) and its aggregate. */
    private final class Writer {

        private final Connection connection;
        private final PreparedStatement insert;
        private final byte[] payload = randomText(shape.payloadBytes());
        private final byte[] metaData = randomText(shape.metaDataBytes());
        private String aggregate = UUID.randomUUID().toString();
        private long sequence;

        Writer(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(true);
            this.insert = connection.prepareStatement("insert into " + TABLE + " (aggregate_identifier,"
                    + " sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type,"
                    + " time_stamp) values (?, ?, ?, ?, ?, ?, null, ?, ?)");
        }

        void insert() throws SQLException {
            if (sequence == EVENTS_PER_AGGREGATE) {
                aggregate = UUID.randomUUID().toString();
                sequence = 0;
            }
            insert.setString(1, aggregate);
            insert.setLong(2, sequence++);
            insert.setString(3, shape.type());
            insert.setString(4, UUID.randomUUID().toString());
            insert.setBytes(5, metaData);
            insert.setBytes(6, payload);
            insert.setString(7, shape.payloadType());
            insert.setString(8, Instant.now().toString());
            insert.executeUpdate();
        }
    }
}
