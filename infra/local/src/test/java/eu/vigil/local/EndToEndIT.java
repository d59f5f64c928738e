package eu.vigil.local;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.Topics;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static eu.vigil.local.StackFixture.count;
import static eu.vigil.local.StackFixture.send;
import static org.assertj.core.api.Assertions.assertThat;

/** The three services as they run for real: separate JVMs, one PostgreSQL, one Kafka broker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndIT {

    @TempDir
    static Path data;
    private RunningStack stack;

    private String lyon;

    @BeforeAll
    void startTheStack() throws Exception {
        stack = StackFixture.start(StackFixture.settings(data, false));
        lyon = stack.bearer("integration-h-lyon");
        var registered = send("PUT", stack.commandServiceUrl() + "/api/hospitals/h-lyon",
                stack.bearer("integration-admin"), """
                {"name": "Centre Hospitalier Confluence Lyon", "country": "FR", "timeZone": "Europe/Paris",
                 "language": "fr"}""");
        assertThat(registered.status()).isEqualTo(201);
    }

    @AfterAll
    void stopTheStack() {
        stack.close();
    }

    @Test
    void aReportedIncidentReachesTheEventStoreTheTopicTheRegisterAndTheNotifier() {
        String id = report("Phishing kit imitating the webmail login");

        assertThat(count(stack, "select count(*) from incident.domain_event_entry where aggregate_identifier = '"
                + id + "'")).isEqualTo(1);
        var register = awaitStatus200(stack.queryServiceUrl() + "/api/incidents/" + id);
        assertThat(register.body().get("hospitalId").asText()).isEqualTo("h-lyon");
        assertThat(register.body().get("summary").asText()).isEqualTo("Phishing kit imitating the webmail login");
        assertThat(register.body().get("category").asText()).isEqualTo("fraud/phishing");
        var seen = awaitStatus200(stack.notifierUrl() + "/api/seen-incidents/" + id);
        assertThat(seen.body().get("hospitalId").asText()).isEqualTo("h-lyon");

        var published = recordsOf(id);
        assertThat(published).hasSize(1);
        var envelope = EventJson.read(published.get(0).value(), IncidentEvent.class);
        assertThat(envelope.type()).isEqualTo("IncidentReported");
        assertThat(envelope.aggregateSequence()).isZero();
        assertThat(envelope.hospitalId().value()).isEqualTo("h-lyon");
        assertThat(count(stack, "select count(*) from query.incident_register where incident_id = '" + id + "'"))
                .isEqualTo(1);
        assertThat(count(stack, "select count(*) from notification.seen_incident where incident_id = '" + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void incidentsReportedWhileTheBrokerIsDownReachTheReadSideAndTheirObligationsOnceItIsBack() {
        stack.stopKafka();
        List<String> reportedDuringOutage;
        try {
            reportedDuringOutage = List.of(report("Reported during the outage, first"),
                    report("Reported during the outage, second"));
            for (String id : reportedDuringOutage) {
                assertThat(count(stack, "select count(*) from incident.domain_event_entry where aggregate_identifier = '"
                        + id + "'")).isEqualTo(1);
                assertThat(send("GET", stack.queryServiceUrl() + "/api/incidents/" + id, lyon, null).status()).isEqualTo(404);
                assertThat(obligationsOf(id)).isZero();
            }
        } finally {
            stack.startKafka();
        }

        for (String id : reportedDuringOutage) {
            awaitStatus200(stack.queryServiceUrl() + "/api/incidents/" + id);
            awaitStatus200(stack.notifierUrl() + "/api/seen-incidents/" + id);
            assertThat(recordsOf(id)).hasSize(1);
            // personal data not known: GDPR Art. 33(1) notification and Art. 33(5) register entry, once each
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> obligationsOf(id) == 2);
        }
    }

    private long obligationsOf(String incidentId) {
        return count(stack, "select count(*) from notification.obligation where incident_id = '" + incidentId + "'");
    }

    @Test
    void everyProcessReportsItsHealthAndEveryServiceItsMetrics() {
        var services = List.of(stack.commandServiceUrl(), stack.queryServiceUrl(), stack.notifierUrl());
        for (String process : List.of(services.get(0), services.get(1), services.get(2), stack.issuer(),
                stack.gatewayUrl())) {
            for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
                assertThat(send("GET", process + probe, null, null).body().get("status").asText())
                        .as(process + probe).isEqualTo("UP");
            }
        }
        for (String service : services) {
            assertThat(StackFixture.text(service + "/actuator/prometheus")).contains("jvm_memory_used_bytes");
        }
    }

    private String report(String summary) {
        var aware = Instant.now().minus(Duration.ofHours(20));
        var response = send("POST", stack.commandServiceUrl() + "/api/incidents", lyon, """
                {"summary": "%s", "awareAt": "%s", "category": "fraud/phishing",
                 "personalDataInvolved": "unknown"}""".formatted(summary, aware));
        assertThat(response.status()).isEqualTo(201);
        return response.body().get("incidentId").asText();
    }

    private StackFixture.Response awaitStatus200(String url) {
        return Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> send("GET", url, lyon, null), response -> response.status() == 200);
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(String incidentId) {
        return TopicRecords.readAll(stack.kafkaBootstrapServers(), Topics.INCIDENT_EVENTS, Duration.ofSeconds(2))
                .stream().filter(record -> incidentId.equals(record.key())).toList();
    }
}
