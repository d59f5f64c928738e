package eu.vigil.notifier.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param sendTimeout       how long publication waits for the broker's acknowledgement before it retries
 * @param partitions        partitions of the notification topic when this service creates it
 * @param replicationFactor its replication factor: 1 on the local stack, 3 in production
 */
@Validated
@ConfigurationProperties("vigil.publication")
public record PublicationProperties(@NotNull Duration sendTimeout, @Min(1) int partitions,
                                    @Min(1) short replicationFactor) {
}
