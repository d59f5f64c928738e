package eu.vigil.bench;

import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipFile;

/**
 * W1 (performance.md): one pre-built {@code TimelineEntryAppended} per unit of work through Axon's event store in this
 * JVM ({@link AxonAppends}), from {@code --clients} threads right after R1ax, then from one thread right after
 * R1ax-c1, on the same database, round after round. The event table is command-service's own: its
 * {@code V1__event_store.sql}, read from the jar the build copied, run as Flyway runs it into the schema
 * {@code incident} of the fresh database. No service and no broker run: nothing else reads or writes.
 */
final class EventAppendPhase {

    static final String MIGRATION = "BOOT-INF/classes/db/migration/V1__event_store.sql";
    private static final double MUST = 0.40;
    private static final double TARGET = 0.60;
    private static final double C1_P99_LIMIT = 5;

    /** R1ax, W1 with N threads, R1ax-c1, W1 with one thread: back to back on the same database. */
    record Round(Phase reference, Phase appends, Phase referenceOne, Phase appendsOne) {

        double perReference() {
            return appends.measurement().perSecond() / reference.measurement().perSecond();
        }

        double p99PerReferenceOne() {
            return appendsOne.measurement().p99Millis() / referenceOne.measurement().p99Millis();
        }
    }

    private final BenchStack stack;
    private final Database database;
    private final BenchSettings settings;
    private final PrintStream out;
    private final PhaseLines lines;

    EventAppendPhase(BenchStack stack, Database database, BenchSettings settings, PrintStream out) {
        this.stack = stack;
        this.database = database;
        this.settings = settings;
        this.out = out;
        this.lines = new PhaseLines(out, 20, "thread", "the clients: Axon, Jackson, JDBC", "pool, JIT, GC");
    }

    /** The conditions of a W1 run: no service JVM, no broker; Axon in this JVM. */
    static Map<String, String> conditions(Map<String, String> conditions, Path serviceJar) throws IOException {
        conditions.computeIfPresent("bench JVM", (label, value) -> value.replace("; also runs the Kafka broker",
                "; also runs Axon's event store (W1's appends)"));
        conditions.put("command-service", "not started; the event table is " + MIGRATION + " of " + serviceJar
                + " (modified " + Files.getLastModifiedTime(serviceJar) + ")");
        conditions.remove("Kafka");
        conditions.put("Axon", versionOf(JdbcEventStorageEngine.class) + ": EmbeddedEventStore over"
                + " JdbcEventStorageEngine, JacksonSerializer, HikariCP pool of " + AxonAppends.POOL_SIZE
                + ", Spring's DataSourceTransactionManager; a unit of work and a transaction per event");
        return conditions;
    }

    void run() throws Exception {
        createEventStore();
        var recorder = new Phase.Recorder(new CpuClock(List.of(), stack.postgresPid()), database);
        try (var store = new AxonAppends(stack.jdbcUrl(), stack.username(), stack.password());
             var loop = new ClosedLoop(settings.clients()); var one = new ClosedLoop(1)) {
            if (!settings.warmUp().isZero()) {
                Measurement warmUp = store.run(loop, settings.warmUp(), "warm-up");
                out.printf(Locale.ROOT, "Warm-up, not counted: %d appends (%d errors)%n", warmUp.successes(),
                        warmUp.errors());
                lines.firstError(warmUp);
            }
            var shape = RawInsertReference.RowShape.ofServiceEvents(database);
            out.printf(Locale.ROOT, "W1's rows: payload %d B and meta_data %d B on average; R1ax's rows carry the"
                    + " same sizes and names%n", shape.payloadBytes(), shape.metaDataBytes());
            RawInsertReference.createTable(database);
            var reference = new RawInsertReference(database, shape);
            var rounds = new ArrayList<Round>();
            for (int number = 1; number <= settings.rounds(); number++) {
                Phase raw = recorder.record(() -> reference.run(loop, settings.phase()));
                Phase appends = recorder.record(() -> store.run(loop, settings.phase(), "W1 Axon append"));
                Phase rawOne = recorder.record(() -> reference.run(one, settings.phase()));
                Phase appendsOne = recorder.record(() -> store.run(one, settings.phase(), "W1-c1 Axon append"));
                rounds.add(new Round(raw, appends, rawOne, appendsOne));
                round(number, rounds.get(rounds.size() - 1));
            }
            summary(rounds);
        }
        out.println("\n  incident.domain_event_entry at the end: " + database.text("""
                select count(*) || ' events of ' || count(distinct aggregate_identifier) || ' incidents, '
                       || pg_size_pretty(pg_total_relation_size('incident.domain_event_entry'))
                from incident.domain_event_entry"""));
    }

    /** As Flyway with command-service's {@code spring.flyway.schemas: incident}: schema and V1 in one transaction. */
    private void createEventStore() throws IOException, SQLException {
        String sql;
        try (var jar = new ZipFile(stack.serviceJar().toFile())) {
            var entry = jar.getEntry(MIGRATION);
            if (entry == null) {
                throw new IllegalStateException("No " + MIGRATION + " in " + stack.serviceJar());
            }
            sql = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("create schema " + AxonAppends.SCHEMA);
            statement.execute(sql);
            connection.commit();
        }
    }

    private void round(int number, Round round) {
        out.printf("%nRound %d of %d%n", number, settings.rounds());
        lines.print("R1ax raw insert", round.reference(), "");
        lines.print("W1 Axon append", round.appends(), String.format(Locale.ROOT,
                "  = %.3f × R1ax (must ≥ %.2f, target ≥ %.2f)", round.perReference(), MUST, TARGET));
        lines.print("R1ax-c1 raw insert", round.referenceOne(), "");
        lines.print("W1-c1 Axon append", round.appendsOne(), String.format(Locale.ROOT,
                "  p99 = %.2f × R1ax-c1 p99 (must ≤ %.0f)", round.p99PerReferenceOne(), C1_P99_LIMIT));
        out.println("    load average now " + loadAverage());
    }

    private void summary(List<Round> rounds) {
        out.printf("%nOver %d round(s): median (min–max)%n", rounds.size());
        Spread reference = spread(rounds, r -> r.reference().measurement().perSecond());
        line("R1ax raw inserts/s, " + settings.clients() + " threads", reference, "%.0f", "");
        line("W1 appends/s, " + settings.clients() + " threads",
                spread(rounds, r -> r.appends().measurement().perSecond()), "%.0f", "");
        Spread rate = spread(rounds, Round::perReference);
        line("W1 / R1ax", rate, "%.3f", String.format(Locale.ROOT, "   must ≥ %.2f: %s; target ≥ %.2f: %s", MUST,
                met(rate.median() >= MUST), TARGET, met(rate.median() >= TARGET)));
        line("R1ax p50 / p99 ms", spread(rounds, r -> r.reference().measurement().p50Millis()), "%.2f",
                p99s(rounds, Round::reference));
        line("W1 p50 / p99 ms", spread(rounds, r -> r.appends().measurement().p50Millis()), "%.2f",
                p99s(rounds, Round::appends));
        line("R1ax-c1 p50 / p99 ms", spread(rounds, r -> r.referenceOne().measurement().p50Millis()), "%.2f",
                p99s(rounds, Round::referenceOne));
        line("W1-c1 p50 / p99 ms", spread(rounds, r -> r.appendsOne().measurement().p50Millis()), "%.2f",
                p99s(rounds, Round::appendsOne));
        line("R1ax-c1 raw inserts/s, 1 thread", spread(rounds, r -> r.referenceOne().measurement().perSecond()),
                "%.0f", "");
        line("W1-c1 appends/s, 1 thread", spread(rounds, r -> r.appendsOne().measurement().perSecond()), "%.0f", "");
        Spread p99 = spread(rounds, Round::p99PerReferenceOne);
        line("W1-c1 p99 / R1ax-c1 p99", p99, "%.2f", String.format(Locale.ROOT, "   must ≤ %.0f: %s",
                C1_P99_LIMIT, met(p99.median() <= C1_P99_LIMIT)));
        if (reference.unsteady()) {
            out.printf(Locale.ROOT, "  R1ax UNSTEADY: its range is %.0f %% of its median (over %.0f %%, harness"
                    + " rule 2)%n", 100 * reference.relativeRange(), 100 * Spread.UNSTEADY);
        }
        out.println("  Load average at the end: " + loadAverage() + ". Latencies are closed-loop, at saturation.");
    }

    private String p99s(List<Round> rounds, Function<Round, Phase> phase) {
        Spread p99 = spread(rounds, r -> phase.apply(r).measurement().p99Millis());
        return String.format(Locale.ROOT, "  /  %.2f (%.2f–%.2f)", p99.median(), p99.min(), p99.max());
    }

    private void line(String label, Spread spread, String format, String after) {
        out.printf(Locale.ROOT, "  %-34s " + format + " (" + format + "–" + format + ")%s%n", label, spread.median(),
                spread.min(), spread.max(), after);
    }

    private static Spread spread(List<Round> rounds, Function<Round, Double> figure) {
        return Spread.of(rounds.stream().map(figure).toList());
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }

    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "(version unknown)" : version;
    }
}
