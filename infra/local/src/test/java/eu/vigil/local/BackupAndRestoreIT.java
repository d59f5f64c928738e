package eu.vigil.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static eu.vigil.local.StackFixture.count;
import static eu.vigil.local.StackFixture.send;
import static eu.vigil.local.StackFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/backup-and-restore.md on the local stack: the event stores dumped by pg_dump while the services run, restored
 * by pg_restore on an empty system with an empty broker, are published again, and every read model comes back as it
 * was.
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
        var client = PostgresClient.installed();
        Path original = folder.resolve("original");
        Path dump = folder.resolve("vigil.dump");
        Map<String, String> before;
        long events;
        try (var stack = StackFixture.start(StackFixture.settings(original, true))) {
            before = settled(stack);
            events = count(stack, "select count(*) from incident.domain_event_entry");
            client.dump(stack.settings().postgresPort(), LocalStack.DATABASE, dump); // the services still running
        }
        assertThat(client.contents(dump)).as("the dump's table data")
                .anyMatch(line -> line.contains("TABLE DATA incident domain_event_entry"))
                .anyMatch(line -> line.contains("TABLE DATA notification domain_event_entry"))
                .anyMatch(line -> line.contains("TABLE DATA query_kept kept_drill_report"))
                .noneMatch(line -> line.contains(" query ") || line.contains(" gateway "));

        var restored = restoreTheEventStores(client, dump, original, folder.resolve("restored"));
        try (var stack = StackFixture.start(restored)) {
            assertThat(count(stack, "select count(*) from incident.domain_event_entry")).isEqualTo(events);
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

    /** The runbook's restore onto an empty system (its steps 1 and 2); its settings, for the restored stack. */
    private static LocalSettings restoreTheEventStores(PostgresClient client, Path dump, Path original, Path restored)
            throws Exception {
        Files.createDirectories(restored);
        Files.copy(original.resolve("pseudonym-key"), restored.resolve("pseudonym-key"));
        var settings = StackFixture.settings(restored, false);
        try (var postgres = LocalStack.startPostgres(settings, restored.resolve("postgres"))) {
            postgres.createDatabaseIfMissing(LocalStack.DATABASE);
            client.restore(postgres.port(), LocalStack.DATABASE, dump);
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl(LocalStack.DATABASE),
                    postgres.username(), postgres.password());
                 var statement = connection.createStatement()) {
                statement.execute("delete from incident.token_entry where processor_name = 'kafka-publication'");
                statement.execute("delete from notification.token_entry where processor_name = 'kafka-publication'");
            }
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
        tables.putAll(TableChecksums.of(stack, "query_kept", BOOKKEEPING));
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
}
