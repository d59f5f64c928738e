package eu.vigil.eventstore;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Vigil's Kafka topics, for every service (defaults in eventstore-kit.properties: the names of
 * {@link eu.vigil.contracts.Topics}, 3 partitions, replication factor 1). Tests give each context its own names.
 *
 * @param incidentEvents     the incident aggregate's events, keyed by incident id
 * @param notificationEvents the obligation aggregate's events, keyed by obligation id
 * @param partitions         partitions of both topics when a service creates them
 * @param replicationFactor  their replication factor: 1 on the local stack, 3 in production
 */
@Validated
@ConfigurationProperties("vigil.topics")
public record TopicSettings(@NotBlank String incidentEvents, @NotBlank String notificationEvents,
                            @Min(1) int partitions, @Min(1) short replicationFactor) {
}
