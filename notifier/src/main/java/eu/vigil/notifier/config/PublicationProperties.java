package eu.vigil.notifier.config;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The notification topic's shape when this service creates it; publication-kit reads the rest of
 * {@code vigil.publication} (send timeout, dead-letter table).
 *
 * @param partitions        partitions of the notification topic when this service creates it
 * @param replicationFactor its replication factor: 1 on the local stack, 3 in production
 */
@Validated
@ConfigurationProperties("vigil.publication")
public record PublicationProperties(@Min(1) int partitions, @Min(1) short replicationFactor) {
}
