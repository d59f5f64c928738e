package eu.vigil.local;

import eu.vigil.contracts.Topics;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static eu.vigil.local.EventIds.assertSame;
import static eu.vigil.local.StackFixture.send;
import static eu.vigil.local.StackFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18: two instances of each service behind the gateway, clients reporting and recording through it, and one
 * instance of each service killed (SIGKILL, no shutdown) in the middle: every request a client saw answered is
 * recorded once, and every event of the event stores is on its topic and in each read model once, neither lost nor
 * doubled.
 */
class KillNineUnderLoadIT {

    private static final List<String> HOSPITALS = List.of(
            "h-brugge BE Europe/Brussels nl", "h-utrecht NL Europe/Amsterdam nl", "h-lyon FR Europe/Paris fr",
            "h-koeln DE Europe/Berlin de");
    private static final int ANSWERED_BEFORE_THE_KILL = 40;
    private static final int ANSWERED_AFTER_THE_KILL = 80;
    private static final String PAYLOAD = "convert_from(payload, 'UTF8')::jsonb";

    @Test
    void givenTwoInstancesOfEachService_whenOneOfEachIsKilledUnderLoad_thenNothingIsLostNorDoubled()
            throws Exception {
        // under target/, not a temporary folder: the killed instances' logs stay there for whoever reads a failure
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "kill-nine")), "data");
        try (var stack = StackFixture.start(StackFixture.settings(data, false, 2))) {
            registerTheHospitals(stack);
            var outcomes = loadKillingOneInstanceOfEachService(stack);

            var reports = new ArrayList<LoadClient.Done>();
            var entries = new ArrayList<LoadClient.Done>();
            var shares = new ArrayList<LoadClient.Done>();
            for (var outcome : outcomes) {
                assertThat(outcome.failed()).as("requests that ended without success").isEmpty();
                reports.addAll(outcome.reports());
                entries.addAll(outcome.entries());
                shares.addAll(outcome.shares());
            }
            everyAnsweredRequestIsRecordedOnce(stack, reports, entries, shares);
            // a killed query-service's partitions wait for its consumer session to time out (Kafka's default, 45 s)
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> everyReadModelHoldsEveryEventOnce(stack));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> everyTopicHoldsEveryEventOnce(stack));
        }
    }

    /** The load, with one instance of each service killed once it is under way; what each client saw. */
    private static List<LoadClient.Outcome> loadKillingOneInstanceOfEachService(RunningStack stack)
            throws Exception {
        var answered = new AtomicInteger();
        var stop = new AtomicBoolean();
        var clients = Executors.newFixedThreadPool(HOSPITALS.size());
        try {
            var running = new ArrayList<Future<LoadClient.Outcome>>();
            for (String hospital : HOSPITALS) {
                String id = hospital.split(" ")[0];
                running.add(clients.submit(new LoadClient(stack.gatewayUrl(), stack.bearer("integration-" + id),
                        "kill9-" + id, Instant.now(), answered, stop)));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> answered.get() >= ANSWERED_BEFORE_THE_KILL);
            var killed = InstanceKiller.killOneOfEach(stack);
            int atTheKill = answered.get();
            System.out.println("Killed " + killed + " after " + atTheKill + " answered requests");
            // the load goes on through the instances left, until they have taken over the killed ones' claims
            await().atMost(Duration.ofSeconds(90)).until(() -> answered.get() >= atTheKill + ANSWERED_AFTER_THE_KILL
                    && InstanceKiller.publicationClaimedByTheLiving(stack, killed));
            stop.set(true);
            var outcomes = new ArrayList<LoadClient.Outcome>();
            for (var client : running) {
                outcomes.add(client.get(120, TimeUnit.SECONDS));
            }
            System.out.println(answered.get() + " answered requests, " + outcomes.stream()
                    .mapToInt(LoadClient.Outcome::retries).sum() + " sent again after a 5xx or a broken connection");
            return outcomes;
        } finally {
            stop.set(true);
            clients.shutdownNow();
        }
    }

    private static void everyAnsweredRequestIsRecordedOnce(RunningStack stack, List<LoadClient.Done> reports,
                                                           List<LoadClient.Done> entries,
                                                           List<LoadClient.Done> shares) {
        var softly = new SoftAssertions();
        assertSame(softly, "incidents reported in the event store",
                reports.stream().map(LoadClient.Done::incidentId).toList(),
                strings(stack, "select aggregate_identifier from incident.domain_event_entry"
                        + " where payload_type like '%.IncidentReported'"));
        assertSame(softly, "timeline entries in the event store",
                entries.stream().map(LoadClient.Done::createdId).toList(),
                strings(stack, "select convert_from(payload, 'UTF8')::jsonb ->> 'entryId'"
                        + " from incident.domain_event_entry where payload_type like '%.TimelineEntryAppended'"));
        assertSame(softly, "shared incidents in the event store",
                shares.stream().map(LoadClient.Done::incidentId).toList(),
                strings(stack, "select aggregate_identifier from incident.domain_event_entry"
                        + " where payload_type like '%.IncidentShared'"));
        softly.assertAll();
    }

    private static void everyReadModelHoldsEveryEventOnce(RunningStack stack) {
        var softly = new SoftAssertions();
        assertSame(softly, "query.incident_timeline",
                strings(stack, "select event_identifier from incident.domain_event_entry"),
                strings(stack, "select event_id::text from query.incident_timeline"));
        assertSame(softly, "query.incident_register at each incident's last sequence",
                strings(stack, "select aggregate_identifier || ' ' || max(sequence_number)"
                        + " from incident.domain_event_entry group by aggregate_identifier"),
                strings(stack, "select incident_id::text || ' ' || last_sequence from query.incident_register"));
        var incidents = strings(stack, "select aggregate_identifier from incident.domain_event_entry"
                + " where sequence_number = 0");
        assertSame(softly, "notification.seen_incident", incidents,
                strings(stack, "select incident_id::text from notification.seen_incident"));
        assertSame(softly, "incidents with obligations", incidents,
                strings(stack, "select distinct incident_id::text from notification.obligation"));
        softly.assertThat(EventIds.doubled(strings(stack,
                        "select incident_id || ' ' || rule_id from notification.obligation")))
                .as("obligations opened twice for one incident and rule").isEmpty();
        assertSame(softly, "ObligationOpened per obligation",
                strings(stack, "select obligation_id::text from notification.obligation"),
                strings(stack, "select aggregate_identifier from notification.domain_event_entry"
                        + " where payload_type like '%.ObligationOpened'"));
        // every event of the notifier's store is an obligation's (NotificationEvent), and query-service's obligations
        // keep each one as a history row under its unique event id
        assertSame(softly, "query.obligation_history",
                strings(stack, "select event_identifier from notification.domain_event_entry"),
                strings(stack, "select event_id::text from query.obligation_history"));
        assertSame(softly, "query.obligation at each obligation's last sequence",
                strings(stack, "select aggregate_identifier || ' ' || max(sequence_number)"
                        + " from notification.domain_event_entry group by aggregate_identifier"),
                strings(stack, "select obligation_id::text || ' ' || last_sequence from query.obligation"));
        // the CERT feed keeps no event id: one row per shared incident at its highest revision (never a drill's or a
        // TLP:RED share), emptied when the incident's last share event is a withdrawal
        assertSame(softly, "query.shared_incident at each shared incident's last revision",
                strings(stack, "select aggregate_identifier || ' ' || max((" + PAYLOAD + " ->> 'revision')::int)"
                        + " from incident.domain_event_entry where payload_type like '%.IncidentShared'"
                        + " and " + PAYLOAD + " -> 'exercise' is null and " + PAYLOAD + " ->> 'tlp' <> 'red'"
                        + " group by aggregate_identifier"),
                strings(stack, "select incident_id::text || ' ' || revision from query.shared_incident"));
        assertSame(softly, "query.shared_incident withdrawn",
                strings(stack, "select aggregate_identifier from (select distinct on (aggregate_identifier)"
                        + " aggregate_identifier, payload_type from incident.domain_event_entry"
                        + " where payload_type like '%.IncidentShared' or payload_type like '%.IncidentShareWithdrawn'"
                        + " order by aggregate_identifier, sequence_number desc) last_share"
                        + " where payload_type like '%.IncidentShareWithdrawn'"),
                strings(stack, "select incident_id::text from query.shared_incident where withdrawn_at is not null"));
        softly.assertThat(strings(stack, "select topic || ' ' || coalesce(event_id::text, 'unreadable')"
                + " from query.dead_letter where replayed_at is null")).as("events query-service parked").isEmpty();
        // Not compared: the drill read models (query.drill, query.drill_share, query_kept.kept_drill_report), as the
        // load runs no drill, and the correlation's (query.indicator_sighting, query.indicator_correlation,
        // query.campaign_alert), as its shares name no indicator; none of them keeps an event id
        softly.assertAll();
    }

    private static void everyTopicHoldsEveryEventOnce(RunningStack stack) {
        var softly = new SoftAssertions();
        assertSame(softly, "incident topic",
                strings(stack, "select event_identifier from incident.domain_event_entry"),
                EventIds.onTopic(stack, Topics.INCIDENT_EVENTS));
        assertSame(softly, "share topic",
                strings(stack, "select event_identifier from incident.domain_event_entry where payload_type like"
                        + " '%.IncidentShared' or payload_type like '%.IncidentShareWithdrawn'"),
                EventIds.onTopic(stack, Topics.INCIDENT_SHARES));
        assertSame(softly, "notification topic",
                strings(stack, "select event_identifier from notification.domain_event_entry"),
                EventIds.onTopic(stack, Topics.NOTIFICATION_EVENTS));
        softly.assertAll();
    }

    private static void registerTheHospitals(RunningStack stack) throws Exception {
        String admin = stack.bearer("integration-admin");
        for (String hospital : HOSPITALS) {
            String[] fields = hospital.split(" ");
            var registered = send("PUT", stack.gatewayUrl() + "/api/hospitals/" + fields[0], admin, """
                    {"name": "%s", "country": "%s", "timeZone": "%s", "language": "%s"}"""
                    .formatted("Hospital " + fields[0], fields[1], fields[2], fields[3]));
            assertThat(registered.status()).as("registering " + fields[0]).isEqualTo(201);
        }
    }
}
