package eu.vigil.web.observability;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.PropertySource;

/**
 * The observability defaults of every service and of the gateway (issue 18), in {@code observability.properties}:
 * Kafka records carry the trace of the request or record that caused them. Spring Boot's tracing does the rest: the
 * trace and span ids in every log line, and spans exported by OTLP only when {@code management.otlp.tracing.endpoint}
 * is set. JSON logs are the {@code json-logs} profile ({@code application-json-logs.yml}): logging is configured before
 * any property source of a configuration class is read, so they cannot be a default here.
 */
@AutoConfiguration
@PropertySource("classpath:observability.properties")
public class ObservabilityAutoConfiguration {
}
