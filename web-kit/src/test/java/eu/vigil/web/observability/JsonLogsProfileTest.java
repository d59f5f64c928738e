package eu.vigil.web.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code json-logs} profile's file, as Spring Boot loads it from web-kit's classpath (issue 18), and a line in its
 * format. The tests' own logback-test.xml (test-support) keeps Spring Boot from applying it to the tests' console.
 */
class JsonLogsProfileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givenTheJsonLogsProfile_whenALineIsLoggedInAnIncidentsContext_thenItIsJsonWithTheContextAndTheTrace()
            throws Exception {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new YamlPropertySourceLoader()
                .load("json-logs", new ClassPathResource("application-json-logs.yml")).get(0));
        environment.getSystemProperties().put("spring.application.name", "notifier");
        String format = environment.getProperty("logging.structured.format.console");

        JsonNode line = JSON.readTree(encoded(format, environment, Map.of("incidentId",
                "6f1c1a2e-0000-4000-8000-000000000001", "traceId", "4bf92f3577b34da6a3ce929d0e0e4736")));

        assertThat(format).isEqualTo("ecs");
        assertThat(line.toString()).contains("\"Incident reported\"", "\"INFO\"", "\"notifier\"");
        assertThat(line.path("incidentId").asText()).isEqualTo("6f1c1a2e-0000-4000-8000-000000000001");
        assertThat(line.path("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    private static String encoded(String format, Environment environment, Map<String, String> context) {
        var logging = new LoggerContext();
        logging.putObject(Environment.class.getName(), environment);
        var encoder = new StructuredLogEncoder();
        encoder.setContext(logging);
        encoder.setFormat(format);
        encoder.start();
        var event = new LoggingEvent();
        event.setLoggerName("eu.vigil.notifier.incident.IncidentEventsListener");
        event.setLevel(Level.INFO);
        event.setMessage("Incident reported");
        event.setThreadName("main");
        event.setTimeStamp(System.currentTimeMillis());
        event.setMDCPropertyMap(context);
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
