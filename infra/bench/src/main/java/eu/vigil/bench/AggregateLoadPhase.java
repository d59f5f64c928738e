package eu.vigil.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * W6 (performance.md): loading an incident of 10,000 events beside one of 50, with command-service's snapshots
 * and cache on, beside R6(N), the raw fetch of the same rows from PostgreSQL, in the same run. The load is
 * {@code POST /api/incidents/{id}/phase-changes} to the phase the incident is already in: command-service loads
 * the incident, decides that nothing changes, and records nothing (it does record the request's key). So each
 * figure is a whole request, HTTP and the request's transaction included, one client, closed loop.
 */
final class AggregateLoadPhase {

    static final int LONG = 10_000;
    static final int SHORT = 50;
    private static final int SEEDERS = 4;

    private final ApiClient api;
    private final Database database;

    AggregateLoadPhase(ApiClient api, Database database) {
        this.api = api;
        this.database = database;
    }

    void run(int repetitions) throws Exception {
        Instant awareAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String longIncident = api.report("W6 long incident", awareAt);
        String shortIncident = api.report("W6 short incident", awareAt);
        long started = System.nanoTime();
        seed(longIncident, shortIncident, awareAt);
        System.out.printf(Locale.ROOT, "seeded %d + %d events interleaved through the API in %.1f s%n",
                LONG, SHORT, (System.nanoTime() - started) / 1e9);
        database.execute("vacuum analyze incident.domain_event_entry");
        // R6 is the fetch alone: one connection for all of them, as the service's pool keeps its connections open
        try (var connection = database.connect()) {
            rounds(repetitions, connection, longIncident, shortIncident);
        }
    }

    private void rounds(int repetitions, Connection connection, String longIncident, String shortIncident)
            throws Exception {
        for (int round = 1; round <= 3; round++) {
            double rawShort = median(repetitions, () -> rawFetch(connection, shortIncident));
            double rawLong = median(repetitions, () -> rawFetch(connection, longIncident));
            double loadShort = median(repetitions, () -> api.keepPhase(shortIncident, "detection"));
            double loadLong = median(repetitions, () -> api.keepPhase(longIncident, "detection"));
            System.out.printf(Locale.ROOT, "round %d of 3, medians of %d: R6(%d) %.2f ms, R6(%d) %.2f ms;"
                            + " load(%d) %.2f ms, load(%d) %.2f ms; load(%d)/load(%d) = %.2f (goal <= 2);"
                            + " load(%d)/R6(%d) = %.2f, load(%d)/R6(%d) = %.2f%n",
                    round, repetitions, SHORT, rawShort, LONG, rawLong, SHORT, loadShort, LONG, loadLong,
                    LONG, SHORT, loadLong / loadShort, SHORT, SHORT, loadShort / rawShort, LONG, LONG,
                    loadLong / rawLong);
        }
        System.out.println(database.firstRow("""
                select 'snapshots of the long incident: ' || count(*) || ', latest at sequence '
                       || coalesce(max(sequence_number), -1)
                  from incident.snapshot_event_entry where aggregate_identifier = ?""", longIncident).get(0));
    }

    /** The long incident's appends from several clients, the short one's spread among them. */
    private void seed(String longIncident, String shortIncident, Instant awareAt) throws Exception {
        ExecutorService seeders = Executors.newFixedThreadPool(SEEDERS);
        try {
            var done = new java.util.ArrayList<Future<Object>>();
            for (int seeder = 0; seeder < SEEDERS; seeder++) {
                int first = seeder;
                done.add(seeders.submit(() -> {
                    for (int i = first; i < LONG; i += SEEDERS) {
                        api.appendObservation(longIncident, "Observation " + i, awareAt.plusSeconds(1 + i % 3600));
                        if (i % (LONG / SHORT) == 0) {
                            api.appendObservation(shortIncident, "Observation " + i, awareAt.plusSeconds(1));
                        }
                    }
                    return null;
                }));
            }
            for (var seeding : done) {
                seeding.get();
            }
        } finally {
            seeders.shutdown();
            seeders.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static void rawFetch(Connection connection, String incident) throws SQLException {
        try (var statement = connection.prepareStatement("""
                     select payload, meta_data, payload_type, sequence_number from incident.domain_event_entry
                      where aggregate_identifier = ? order by sequence_number""")) {
            statement.setString(1, incident);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getBytes(1);
                    rows.getBytes(2);
                }
            }
        }
    }

    private interface Timed {
        void run() throws IOException, InterruptedException, SQLException;
    }

    private static double median(int repetitions, Timed operation) throws Exception {
        for (int i = 0; i < 10; i++) {
            operation.run(); // warm-up, not counted
        }
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            operation.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return millis[repetitions / 2];
    }
}
