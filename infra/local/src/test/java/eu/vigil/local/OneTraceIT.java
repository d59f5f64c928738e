package eu.vigil.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.Topics;
import eu.vigil.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18's one trace, through the real stack: an incident reported through the gateway, its event's record on
 * the incident topic, and the notifier's and query-service's JSON log lines for that record, all under the trace of
 * the request, as an operator follows it from a trace id to every line of every process.
 */
@ExtendWith(SharedStack.class)
class OneTraceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void givenACallerTraceparent_whenItReportsAnIncidentThroughTheGateway_thenTheRecordAndBothConsumersLogItsTrace(
            RunningStack stack) throws Exception {
        String traceId = randomHex(16);
        String traceparent = "00-" + traceId + "-" + randomHex(8) + "-01";

        String incident = reportThroughTheGateway(stack, traceparent, "Phishing mail traced from the caller");

        assertThat(traceIdOf(recordOf(stack, incident))).isEqualTo(traceId);
        ServiceLogs.awaitLine(stack, "notifier", incident, traceId, PATIENCE);
        ServiceLogs.awaitLine(stack, "query-service", incident, traceId, PATIENCE);
    }

    @Test
    void givenNoTraceparent_whenAnIncidentIsReportedThroughTheGateway_thenTheRequestsTraceRunsOnToBothConsumers(
            RunningStack stack) throws Exception {
        String incident = reportThroughTheGateway(stack, null, "Phishing mail traced from the gateway");

        String traceId = traceIdOf(recordOf(stack, incident));

        assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        ServiceLogs.awaitLine(stack, "notifier", incident, traceId, PATIENCE);
        ServiceLogs.awaitLine(stack, "query-service", incident, traceId, PATIENCE);
    }

    private static String reportThroughTheGateway(RunningStack stack, String traceparent, String summary)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/incidents"))
                .header("Content-Type", "application/json")
                .header("Authorization", stack.bearer("integration-h-lyon"))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"summary": "%s", "awareAt": "%s", "category": "fraud/phishing",
                         "personalDataInvolved": "unknown"}""".formatted(summary,
                        Instant.now().minus(Duration.ofHours(1)))));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("incidentId").asText();
    }

    private static ConsumerRecord<String, byte[]> recordOf(RunningStack stack, String incident) {
        return await().atMost(PATIENCE).until(() -> TopicRecords.readAll(stack.kafkaBootstrapServers(),
                                Topics.INCIDENT_EVENTS, Duration.ofSeconds(1)).stream()
                        .filter(record -> incident.equals(record.key())).findFirst(),
                Optional::isPresent).get();
    }

    /** The trace id in the record's W3C traceparent header: version-traceId-spanId-flags. */
    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("traceparent");
        assertThat(header).as("the record's traceparent header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8).split("-")[1];
    }

    private static String randomHex(int bytes) {
        var random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
