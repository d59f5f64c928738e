package eu.vigil.command;

import eu.vigil.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator and an orchestrator rely on: health, readiness and metrics. */
@AutoConfigureObservability // Spring Boot switches metrics export off in tests unless asked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OperationsIT {

    @Autowired TestRestTemplate http;

    @Test
    void reportsItselfLiveAndReady() {
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getBody()).contains("\"UP\"");
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getBody()).contains("\"UP\"");
    }

    @Test
    void exposesMetricsInPrometheusFormat() {
        var metrics = http.getForEntity("/actuator/prometheus", String.class);

        assertThat(metrics.getStatusCode().value()).isEqualTo(200);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }
}
