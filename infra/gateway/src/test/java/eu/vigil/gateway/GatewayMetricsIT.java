package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

/** Prometheus scrapes the gateway as it scrapes each service (issue 18, infra/deploy/observability). */
@AutoConfigureObservability(tracing = false) // Spring Boot switches metrics export off in tests unless asked
class GatewayMetricsIT extends GatewayFixture {

    @Test
    void givenNoLogin_whenPrometheusScrapesTheGateway_thenItAnswersItsMetricsAsPrometheusText() {
        send(gatewayRequest("/actuator/health")); // one request timed, as the dashboard's request panels read

        var response = send(gatewayRequest("/actuator/prometheus"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge")
                .contains("http_server_requests_seconds_count{");
        assertThat(COMMANDS.received()).as("answered by the gateway itself, never routed").isEmpty();
    }
}
