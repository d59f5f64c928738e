package eu.vigil.command.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The incidents command-service keeps loaded between commands ({@code vigil.incident-cache.*}).
 *
 * @param enabled off, every command loads its incident from the store (the benchmark's W2 without cache)
 * @param size    how many incidents at most (each holds the ids of its timeline entries, so a long one weighs more)
 * @param idle    an incident no command touched for this long is let go
 */
@ConfigurationProperties("vigil.incident-cache")
@Validated
record IncidentCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5000") @Positive int size,
                               @DefaultValue("30m") @NotNull Duration idle) {
}
