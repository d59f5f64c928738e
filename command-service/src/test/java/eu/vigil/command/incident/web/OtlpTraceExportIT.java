package eu.vigil.command.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;

import static eu.vigil.command.incident.web.ApiRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Spans leave by OTLP once an endpoint is configured (issue 18): with {@code management.otlp.tracing.endpoint} set,
 * as an operator sets {@code MANAGEMENT_OTLP_TRACING_ENDPOINT}, the span of a request in a caller's sampled trace
 * reaches the collector at that endpoint, in the caller's trace and under the caller's span.
 */
@AutoConfigureObservability(metrics = false) // Spring Boot switches tracing off in tests unless asked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OtlpTraceExportIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final String TRACE_ID = "5c1d9e0a7b3f4e2d8a6b0c4f1e3d5a7b";
    private static final String CALLER_SPAN_ID = "3a4b5c6d7e8f9012";
    private static final OtlpReceiver COLLECTOR = OtlpReceiver.start();

    @Autowired TestRestTemplate http;

    @DynamicPropertySource
    static void exportTo(DynamicPropertyRegistry properties) {
        properties.add("management.otlp.tracing.endpoint", COLLECTOR::tracesUrl);
    }

    @AfterAll
    static void stopTheCollector() {
        COLLECTOR.close();
    }

    @Test
    void givenAnOtlpEndpoint_whenARequestArrivesInACallersTrace_thenItsSpanIsExportedThereUnderTheCallersSpan() {
        ApiRequests.registerHospital(http, "h-brugge", "BE", "Europe/Brussels");
        var request = json("""
                {"summary": "PACS encrypted", "awareAt": "AWARE", "category": "malicious-code/infected-system",
                 "severity": "high"}""", OFFICER);
        var headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.set("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01");

        var reported = http.postForEntity("/api/incidents", new HttpEntity<>(request.getBody(), headers),
                JsonNode.class);

        assertThat(reported.getStatusCode().value()).isEqualTo(201);
        // the batch span processor exports every few seconds; OTLP's protobuf carries a Span's trace_id as field 1
        // and its parent_span_id as field 4, both length-delimited: a span of this trace whose parent is the caller's
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(COLLECTOR.exports())
                .as("OTLP exports holding a span of trace %s under span %s", TRACE_ID, CALLER_SPAN_ID)
                .anySatisfy(export -> {
                    assertThat(contains(export, field(0x0a, TRACE_ID))).as("the trace id").isTrue();
                    assertThat(contains(export, field(0x22, CALLER_SPAN_ID))).as("the parent span id").isTrue();
                }));
    }

    // a length-delimited protobuf field: its tag, its length, its bytes
    private static byte[] field(int tag, String hex) {
        byte[] value = HexFormat.of().parseHex(hex);
        var field = new ByteArrayOutputStream();
        field.write(tag);
        field.write(value.length);
        field.writeBytes(value);
        return field.toByteArray();
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        for (int at = 0; at + part.length <= bytes.length; at++) {
            if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }
}
