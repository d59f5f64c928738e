package eu.vigil.local;

import eu.vigil.embedded.PortInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static eu.vigil.local.StackFixture.count;
import static eu.vigil.local.StackFixture.send;
import static eu.vigil.local.StackFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The README's run command: demo data once, data kept across a restart. */
class LocalStackIT {

    // the six scenarios and Lyon's drill incident
    private static final int DEMO_INCIDENTS = 7;
    private static final int BRUGGE_DEMO_INCIDENTS = 2;
    private static final int SHARED_DEMO_INCIDENTS = 4;
    // Brugge ransomware 5 (NIS2 3, GDPR 2), Utrecht phishing 3 (GDPR, with Art. 34), Lyon 3 (NIS2 undecided),
    // Köln 3, Utrecht DDoS 4 (with its final report), Lyon's drill 3 (NIS2, significant); Brugge's credential
    // stuffing opens none
    private static final int OBLIGATIONS = 21;

    @TempDir
    Path data;

    @Test
    void theDemoDataIsLoadedAtFirstStartAndKeptButNotLoadedAgainAfterARestart() throws Exception {
        long events;
        var settings = StackFixture.settings(data, true);
        try (var stack = StackFixture.start(settings)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> count(stack, "select count(*) from query.incident_register") == DEMO_INCIDENTS);
            var hospitals = send("GET", stack.commandServiceUrl() + "/api/hospitals",
                    stack.bearer("integration-admin"), null).body();
            assertThat(hospitals.findValuesAsText("id"))
                    .containsExactly("h-brugge", "h-koeln", "h-lyon", "h-utrecht");
            assertThat(incidentsSeenBy(stack, "integration-h-brugge")).isEqualTo(BRUGGE_DEMO_INCIDENTS);
            events = count(stack, "select count(*) from incident.domain_event_entry where type = 'Incident'");
            assertThat(events).as("reports, details, timelines, phases, indicators and shares").isGreaterThan(60);
            long recorded = events;
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> count(stack, "select count(*) from query.incident_timeline") == recorded);
            for (String incident : strings(stack,
                    "select hospital_id || ' ' || incident_id from query.incident_register")) {
                assertThat(intact(stack, incident)).as("hash chain of %s", incident).isTrue();
            }
            assertThat(count(stack, "select count(*) from query.incident_timeline where correction_reason is not null"))
                    .isPositive();
            assertThat(count(stack, "select count(*) from query.incident_register where shared_tlp is not null"))
                    .isEqualTo(SHARED_DEMO_INCIDENTS);
            theDemoDeadlinesStandAsTheScenariosSay(stack);
            lyonsDeletedDrillLeftOnlyItsReport(stack);
        }

        try (var stack = StackFixture.start(settings)) {
            assertThat(count(stack, "select count(*) from incident.domain_event_entry where type = 'Incident'"))
                    .isEqualTo(events);
            assertThat(count(stack, "select count(*) from query.incident_register")).isEqualTo(DEMO_INCIDENTS);
            assertThat(incidentsSeenBy(stack, "integration-h-brugge")).isEqualTo(BRUGGE_DEMO_INCIDENTS);
        }
    }

    @Test
    void aTakenPortStopsTheStartWithItsNameAndLeavesNoServerRunning() throws Exception {
        var settings = StackFixture.settings(data, false);
        try (var squatter = new ServerSocket(settings.kafkaPort(), 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> StackFixture.start(settings))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + settings.kafkaPort() + " for Kafka is already taken")
                    .hasMessageContaining("--kafka-port=N or VIGIL_KAFKA_PORT=N");
        }

        // PostgreSQL had started before Kafka failed: it was stopped, so its port is free again
        try (var reuse = new ServerSocket(settings.postgresPort(), 1, InetAddress.getLoopbackAddress())) {
            assertThat(reuse.getLocalPort()).isEqualTo(settings.postgresPort());
        }
    }

    // ADR 0023: Lyon's phishing tabletop, deleted at load, is in no store and no read model; its report is kept
    private static void lyonsDeletedDrillLeftOnlyItsReport(RunningStack stack) {
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count(stack, "select count(*) from query_kept.kept_drill_report where hospital_id = 'h-lyon'") == 1);
        String deleted = strings(stack, "select drill_id::text from query_kept.kept_drill_report").get(0);
        for (String table : List.of("incident.drill", "incident.drill_key", "query.drill")) {
            assertThat(count(stack, "select count(*) from " + table + " where drill_id::text = '" + deleted + "'"))
                    .as(table).isZero();
        }
        assertThat(count(stack, "select count(*) from incident.domain_event_entry where aggregate_identifier = '"
                + deleted + "'")).as("the drill's events").isZero();
        // Lyon's PACS drill, not deleted, keeps its own
        assertThat(count(stack, "select count(*) from incident.drill where hospital_id = 'h-lyon'")).isEqualTo(1);
    }

    // demo-scenarios.md: a deadline due soon (Utrecht's GDPR notification), one late (Köln's notification),
    // some done (Brugge's early warning, all of Utrecht's DDoS), one flagged (Lyon's undecided significance)
    private static void theDemoDeadlinesStandAsTheScenariosSay(RunningStack stack) {
        // not withdrawn: Utrecht's DDoS may open its progress report when its notification is submitted before the
        // notifier has folded in the end of handling, and withdraws it once it has (NIS2 Art. 23(4)(d) applies)
        assertThat(count(stack, "select count(*) from notification.obligation where status <> 'withdrawn'"))
                .isEqualTo(OBLIGATIONS);
        await().atMost(Duration.ofSeconds(30)).until(() -> strings(stack, "select rule_id from notification.obligation"
                + " where hospital_id = 'h-koeln' and status = 'late'").contains("NIS2_INCIDENT_NOTIFICATION"));
        assertThat(strings(stack, "select rule_id from notification.obligation where status = 'submitted' and "
                + "hospital_id = 'h-brugge'")).containsExactly("NIS2_EARLY_WARNING");
        // Lyon's drill recorded its early warning's submission, which its report scores (ADR 0022)
        assertThat(strings(stack, "select rule_id from notification.obligation where status = 'submitted' and "
                + "hospital_id = 'h-lyon'")).containsExactly("NIS2_EARLY_WARNING");
        assertThat(count(stack, "select count(*) from notification.obligation where hospital_id = 'h-utrecht' and "
                + "regime = 'nis2' and status = 'submitted'")).isEqualTo(4);
        assertThat(count(stack, "select count(*) from notification.obligation where hospital_id = 'h-utrecht' and "
                + "rule_id = 'GDPR_SA_NOTIFICATION' and status = 'open' and due_at between now() + interval '1 hour' "
                + "and now() + interval '3 hours'")).isEqualTo(1);
        assertThat(count(stack, "select count(*) from notification.obligation where hospital_id = 'h-utrecht' and "
                + "rule_id = 'GDPR_DATA_SUBJECT_COMMUNICATION' and due_at is null and basis is not null")).isEqualTo(1);
        assertThat(count(stack, "select count(*) from notification.obligation where hospital_id = 'h-lyon' and "
                + "significance_undecided")).isEqualTo(3);
        // Lyon's drill runs at 1 hour = 1 minute: its early warning is due 24 minutes after awareness
        assertThat(count(stack, "select count(*) from notification.obligation o join notification.seen_incident s"
                + " using (incident_id) where o.hospital_id = 'h-lyon' and o.rule_id = 'NIS2_EARLY_WARNING'"
                + " and o.due_at = s.aware_at + interval '24 minutes'")).isEqualTo(1);
        // the drafts: Brugge's notification half written, Utrecht's GDPR notification approved, ready to send
        assertThat(strings(stack, "select o.hospital_id || ' ' || o.rule_id || ' ' || (d.approved_at is not null)"
                + " from notification.draft_version d join notification.obligation o using (obligation_id)"
                + " order by 1")).containsExactly("h-brugge NIS2_INCIDENT_NOTIFICATION false",
                "h-utrecht GDPR_SA_NOTIFICATION true");
        assertThat(strings(stack, "select distinct authority from notification.obligation where hospital_id = "
                + "'h-koeln' and recipient_kind = 'csirt'")).containsExactly("BSI");
        // Köln's missed notification escalated: the mail, in German as the hospital is in Germany, names the rule in
        // German and its authority, and is in the mailbox
        await().atMost(Duration.ofSeconds(60)).until(() -> StackFixture.text(stack.mailboxUrl() + "messages.json")
                .contains("ÜBERFÄLLIG: Meldung über den Sicherheitsvorfall an BSI"));
        assertThat(StackFixture.text(stack.mailboxUrl() + "messages.json")).contains("dpo@koeln.hospital.example",
                "escalation@localhost");
    }

    /** @param incident "hospital-id incident-id": asked by that hospital's client, as only it may */
    private static boolean intact(RunningStack stack, String incident) throws Exception {
        String[] parts = incident.split(" ");
        var verification = send("GET", stack.commandServiceUrl() + "/api/incidents/" + parts[1] + "/integrity",
                stack.bearer("integration-" + parts[0]), null).body();
        return verification.get("intact").asBoolean();
    }

    private static int incidentsSeenBy(RunningStack stack, String client) throws Exception {
        return send("GET", stack.queryServiceUrl() + "/api/incidents?limit=200", stack.bearer(client), null)
                .body().size();
    }
}
