package eu.vigil.command.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import eu.vigil.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static eu.vigil.command.incident.web.ApiRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's trace goes on with the events it records (issue 18): each of their records carries a W3C
 * {@code traceparent} of the request's trace, though the publishing processor sends them after the request ended.
 */
@AutoConfigureObservability(metrics = false) // Spring Boot switches tracing off in tests unless asked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class RequestTraceThroughKafkaIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final String REPORT_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SHARE_TRACE = "0af7651916cd43dd8448eb211c80319c";

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${vigil.topics.incident-shares}") String shareTopic;

    @BeforeEach
    void bruggeIsServed() {
        ApiRequests.registerHospital(http, "h-brugge", "BE", "Europe/Brussels");
    }

    @Test
    void givenAReportInATrace_whenItsEventsArePublished_thenEachRecordCarriesThatTrace() {
        String id = http.postForEntity("/api/incidents", traced(REPORT_TRACE, """
                {"summary": "PACS encrypted", "awareAt": "AWARE", "category": "malicious-code/infected-system",
                 "severity": "high"}"""), JsonNode.class).getBody().get("incidentId").asText();

        var records = recordsOf(id, topic, "IncidentReported");

        assertThat(records).extracting(RequestTraceThroughKafkaIT::traceIdOf).containsOnly(REPORT_TRACE);
    }

    @Test
    void givenAShareInATrace_whenItIsPublished_thenItsRecordOnEitherTopicCarriesThatTrace() {
        String id = http.postForEntity("/api/incidents", traced(REPORT_TRACE, """
                {"summary": "PACS encrypted", "awareAt": "AWARE", "category": "malicious-code/infected-system",
                 "severity": "high"}"""), JsonNode.class).getBody().get("incidentId").asText();

        var share = http.exchange("/api/incidents/" + id + "/share", HttpMethod.PUT, traced(SHARE_TRACE, """
                {"tlp": "green", "pseudonymised": false, "sectorView": false, "summary": "Ransomware on imaging",
                 "indicatorIds": []}"""), JsonNode.class);

        assertThat(share.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(recordsOf(id, topic, "IncidentShared")).extracting(RequestTraceThroughKafkaIT::traceIdOf)
                .containsExactly(SHARE_TRACE);
        assertThat(recordsOf(id, shareTopic, "IncidentShared")).extracting(RequestTraceThroughKafkaIT::traceIdOf)
                .containsExactly(SHARE_TRACE);
    }

    private static HttpEntity<String> traced(String traceId, String body) {
        var request = json(body, OFFICER);
        var headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.set("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        return new HttpEntity<>(request.getBody(), headers);
    }

    /** The incident's records of the event type on the topic, once there is one. */
    private List<ConsumerRecord<String, byte[]>> recordsOf(String id, String topic, String eventType) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> read(id, topic, eventType),
                records -> !records.isEmpty());
    }

    private List<ConsumerRecord<String, byte[]>> read(String id, String topic, String eventType) {
        return TopicRecords.readAll(bootstrapServers, topic, Duration.ofMillis(300)).stream()
                .filter(record -> id.equals(record.key()))
                .filter(record -> EventJson.read(record.value(), IncidentEvent.class).type().equals(eventType))
                .toList();
    }

    // the second field of a W3C traceparent: version-traceid-parentid-flags
    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        var traceparent = record.headers().lastHeader("traceparent");
        assertThat(traceparent).as("the traceparent of %s", record).isNotNull();
        return new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1];
    }
}
