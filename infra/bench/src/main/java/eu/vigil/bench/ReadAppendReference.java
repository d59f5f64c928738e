package eu.vigil.bench;

import eu.vigil.contracts.IncidentId;
import eu.vigil.eventstore.EventStoreAutoConfiguration;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * R2 (performance.md): one raw JDBC transaction that reads every event of one incident, picked uniformly from W2's
 * incidents, with the statement Axon's {@code JdbcEventStorageEngine} loads an aggregate with (its {@code
 * readEventDataForAggregate} over eventstore-kit's schema: by aggregate identifier and a sequence range of one batch of
 * 100, ordered by sequence number, every column read), then inserts one event row and commits; one connection per
 * client. The row goes to R1ax's table ({@link RawInsertReference#TABLE}, same columns, constraints and indexes), a
 * copy of the last row read under a new sequence number and event identifier: inserted into the event store itself
 * it would break the incidents W2 loads. Emptied after each run, as R1ax.
 */
final class ReadAppendReference {

    private static final EventSchema SCHEMA = EventStoreAutoConfiguration.eventSchemaIn(AxonAppends.SCHEMA);
    private static final int AXON_BATCH = 100; // JdbcEventStorageEngine's default batch size
    static final String READ = "SELECT " + SCHEMA.trackedEventFields() + " FROM " + SCHEMA.domainEventTable()
            + " WHERE " + SCHEMA.aggregateIdentifierColumn() + " = ? AND " + SCHEMA.sequenceNumberColumn()
            + " >= ? AND " + SCHEMA.sequenceNumberColumn() + " < ? ORDER BY " + SCHEMA.sequenceNumberColumn() + " ASC";

    private final Database database;
    private final List<IncidentId> incidents;
    private final AtomicLong sequences = new AtomicLong();

    ReadAppendReference(Database database, List<IncidentId> incidents) {
        this.database = database;
        this.incidents = List.copyOf(incidents);
    }

    Measurement run(ClosedLoop loop, Duration duration, String name) throws Exception {
        var clients = new ArrayList<Client>();
        try {
            for (int client = 0; client < loop.clients(); client++) {
                clients.add(new Client(database.connect()));
            }
            return loop.run(name, duration, client -> clients.get(client).readAndAppend());
        } finally {
            for (Client client : clients) {
                client.connection.close();
            }
            database.execute("truncate " + RawInsertReference.TABLE);
        }
    }

    /** One client's connection, in a transaction per operation. */
    private final class Client {

        private final Connection connection;
        private final PreparedStatement read;
        private final PreparedStatement insert;

        Client(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            this.read = connection.prepareStatement(READ);
            this.insert = connection.prepareStatement("insert into " + RawInsertReference.TABLE
                    + " (aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload,"
                    + " payload_revision, payload_type, time_stamp) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void readAndAppend() throws SQLException {
            String incident = incidents.get(ThreadLocalRandom.current().nextInt(incidents.size())).toString();
            read.setString(1, incident);
            read.setLong(2, 0);
            read.setLong(3, AXON_BATCH);
            int events = 0;
            String type = null;
            byte[] metaData = null;
            byte[] payload = null;
            String revision = null;
            String payloadType = null;
            try (var rows = read.executeQuery()) {
                while (rows.next()) { // every column, as Axon's reader takes them
                    rows.getLong(SCHEMA.globalIndexColumn());
                    rows.getString(SCHEMA.timestampColumn());
                    payloadType = rows.getString(SCHEMA.payloadTypeColumn());
                    revision = rows.getString(SCHEMA.payloadRevisionColumn());
                    payload = rows.getBytes(SCHEMA.payloadColumn());
                    rows.getString(SCHEMA.eventIdentifierColumn());
                    metaData = rows.getBytes(SCHEMA.metaDataColumn());
                    type = rows.getString(SCHEMA.typeColumn());
                    rows.getString(SCHEMA.aggregateIdentifierColumn());
                    rows.getLong(SCHEMA.sequenceNumberColumn());
                    events++;
                }
            }
            if (events == 0) {
                connection.rollback();
                throw new IllegalStateException("No events for incident " + incident);
            }
            insert.setString(1, incident);
            insert.setLong(2, sequences.incrementAndGet()); // unique in the table, whatever the incident
            insert.setString(3, type);
            insert.setString(4, UUID.randomUUID().toString());
            insert.setBytes(5, metaData);
            insert.setBytes(6, payload);
            insert.setString(7, revision);
            insert.setString(8, payloadType);
            insert.setString(9, Instant.now().toString());
            insert.executeUpdate();
            connection.commit();
        }
    }
}
