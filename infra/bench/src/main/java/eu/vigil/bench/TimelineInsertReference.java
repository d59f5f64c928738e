package eu.vigil.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * R1c1 (performance.md) for W4: one client's single-row INSERTs with autocommit into a scratch copy of
 * {@code query.incident_timeline} (same columns, constraints and indexes), a JSON payload of the size of the rows
 * query-service wrote: one read-model write, the third term of W4's floor.
 */
final class TimelineInsertReference {

    static final String TABLE = "bench.raw_timeline";

    private final Database database;

    TimelineInsertReference(Database database) {
        this.database = database;
    }

    Measurement run(Duration duration) throws Exception {
        database.execute("create schema if not exists bench");
        database.execute("create table if not exists " + TABLE + " (like query.incident_timeline including all)");
        int payloadBytes = Integer.parseInt(database.text(
                "select coalesce(avg(octet_length(payload::text))::int, 300) from query.incident_timeline"));
        String payload = "{\"text\":\"" + "x".repeat(Math.max(0, payloadBytes - 11)) + "\"}";
        try (var loop = new ClosedLoop(1); var connection = database.connect();
             var insert = connection.prepareStatement("insert into " + TABLE + " (incident_id, sequence, event_id,"
                     + " hospital_id, event_type, kind, occurred_at, actor_id, actor_role, payload)"
                     + " values (?, ?, ?, ?, 'TimelineEntryAppended', 'timeline', ?, 'bench-officer',"
                     + " 'SECURITY_OFFICER', cast(? as jsonb))")) {
            connection.setAutoCommit(true);
            UUID incident = UUID.randomUUID();
            long[] sequence = {0};
            return loop.run("R1c1 read-model insert", duration, client -> {
                insert.setObject(1, incident);
                insert.setLong(2, sequence[0]++);
                insert.setObject(3, UUID.randomUUID());
                insert.setString(4, Benchmark.HOSPITAL);
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(6, payload);
                insert.executeUpdate();
            });
        } finally {
            truncate();
        }
    }

    private void truncate() throws SQLException {
        database.execute("truncate " + TABLE);
    }
}
