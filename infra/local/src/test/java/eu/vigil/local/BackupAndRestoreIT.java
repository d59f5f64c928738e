package eu.vigil.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static eu.vigil.local.StackFixture.count;
import static eu.vigil.local.StackFixture.send;
import static eu.vigil.local.StackFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/backup-and-restore.md on the local stack: the event stores restored on an empty system with an empty broker
 * are published again, and every read model comes back as it was.
 */
class BackupAndRestoreIT {

    private static final int DEMO_INCIDENTS = 7; // the six scenarios and Lyon's drill incident
    private static final Set<String> BOOKKEEPING = Set.of("flyway_schema_history", "token_entry", "scheduled_tasks");
    // the notifier mailed it at the original's first start (demo-scenarios.md: Köln's missed notification)
    private static final String KOELN_ESCALATION = "ÜBERFÄLLIG: Meldung über den Sicherheitsvorfall an BSI";

    @TempDir
    Path folder;

    @Test
    void givenTheDemoData_whenTheEventStoresAreRestoredOnAnEmptySystem_thenTheReadModelsComeBackAsTheyWere()
            throws Exception {
        Path original = folder.resolve("original");
        Map<String, String> before;
        try (var stack = StackFixture.start(StackFixture.settings(original, true))) {
            before = settled(stack);
        } // stopped cleanly: its PostgreSQL files are a consistent backup

        var restored = restoreTheEventStores(original, folder.resolve("restored"));
        try (var stack = StackFixture.start(restored)) {
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(everyTable(stack)).isEqualTo(before));
            for (String incident : strings(stack,
                    "select hospital_id || ' ' || incident_id from query.incident_register")) {
                assertThat(intact(stack, incident)).as("hash chain of %s", incident).isTrue();
            }
            assertThat(StackFixture.text(stack.mailboxUrl() + "messages.json"))
                    .as("the notifier mails nothing again").doesNotContain(KOELN_ESCALATION);
        }
    }

    /** The runbook's restore onto an empty system; its settings, for the restored stack. */
    private static LocalSettings restoreTheEventStores(Path original, Path restored) throws Exception {
        Files.createDirectories(restored);
        copy(original.resolve("postgres"), restored.resolve("postgres"));
        Files.copy(original.resolve("pseudonym-key"), restored.resolve("pseudonym-key"));
        var settings = StackFixture.settings(restored, false);
        try (var postgres = LocalStack.startPostgres(settings, restored.resolve("postgres"));
             var connection = DriverManager.getConnection(postgres.jdbcUrl(LocalStack.DATABASE),
                     postgres.username(), postgres.password());
             var statement = connection.createStatement()) {
            statement.execute("delete from incident.token_entry where processor_name = 'kafka-publication'");
            statement.execute("delete from notification.token_entry where processor_name = 'kafka-publication'");
            statement.execute("drop schema query cascade");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return settings;
    }

    /** Once every read side has caught up and nothing changes any more: every table's checksum. */
    private static Map<String, String> settled(RunningStack stack) {
        await().atMost(Duration.ofSeconds(120)).until(() ->
                count(stack, "select count(*) from query.incident_register") == DEMO_INCIDENTS
                        && count(stack, "select count(*) from notification.seen_incident") == DEMO_INCIDENTS
                        && count(stack, "select count(*) from query.incident_timeline")
                        == count(stack, "select count(*) from incident.domain_event_entry where type = 'Incident'")
                        && StackFixture.text(stack.mailboxUrl() + "messages.json").contains(KOELN_ESCALATION));
        var previous = new AtomicReference<Map<String, String>>(Map.of());
        // longer than the notifier's db-scheduler polling (5 s), so that a deadline falling due shows between two
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(6))
                .until(() -> everyTable(stack), now -> now.equals(previous.getAndSet(now)));
    }

    private static Map<String, String> everyTable(RunningStack stack) {
        var tables = new HashMap<String, String>();
        tables.putAll(TableChecksums.of(stack, "incident", BOOKKEEPING));
        tables.putAll(TableChecksums.of(stack, "notification", BOOKKEEPING));
        tables.putAll(TableChecksums.of(stack, "query", BOOKKEEPING));
        // ADR 0019: read in another order, the share topic's partitions may raise a campaign's alert at another of its
        // shares (another id, instant and count); the same campaigns are alerted
        tables.put("query.campaign_alert", String.join(", ", strings(stack,
                "select indicator_type || ' ' || indicator_value from query.campaign_alert order by 1")));
        return tables;
    }

    /** @param incident "hospital-id incident-id": asked by that hospital's client, as only it may */
    private static boolean intact(RunningStack stack, String incident) throws Exception {
        String[] parts = incident.split(" ");
        return send("GET", stack.commandServiceUrl() + "/api/incidents/" + parts[1] + "/integrity",
                stack.bearer("integration-" + parts[0]), null).body().get("intact").asBoolean();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                // with its permissions: PostgreSQL refuses a data directory others may read
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
