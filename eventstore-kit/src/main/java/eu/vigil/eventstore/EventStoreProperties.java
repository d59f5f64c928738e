package eu.vigil.eventstore;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param schema the PostgreSQL schema holding the service's {@code domain_event_entry}, {@code snapshot_event_entry}
 *               and {@code token_entry} (default {@code ${spring.flyway.default-schema}}, in eventstore-kit.properties);
 *               a plain SQL identifier, because it becomes part of table names
 */
@Validated
@ConfigurationProperties("vigil.event-store")
public record EventStoreProperties(@NotNull @Pattern(regexp = "[a-z_][a-z0-9_]*") String schema) {
}
