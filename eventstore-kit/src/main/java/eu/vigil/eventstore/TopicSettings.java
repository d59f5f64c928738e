package eu.vigil.eventstore;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

import java.util.Map;

/**
 * Vigil's Kafka topics, for every service (defaults in eventstore-kit.properties: the names of
 * {@link eu.vigil.contracts.Topics}, 3 partitions, replication factor 1). Tests give each context its own names.
 *
 * @param incidentEvents     the incident aggregate's events, keyed by incident id
 * @param incidentShares     the share events of the incident aggregate only, keyed by incident id (ADR 0021)
 * @param notificationEvents the obligation aggregate's events, keyed by obligation id
 * @param drillEvents        the drill aggregate's events, keyed by drill id (ADR 0022)
 * @param drillShares        the share events of a drill's incidents only, keyed by incident id (ADR 0022)
 * @param drillKeys          the keys that seal drills' records, keyed by drill id, compacted (ADR 0023)
 * @param partitions         partitions of the topics when a service creates them
 * @param replicationFactor  their replication factor: 1 on the local stack, 3 in production
 * @param configs            topic settings of the topics besides their retention, such as
 *                           {@code min.insync.replicas} (the {@code kafka-cluster} profile); none by default
 */
@Validated
@ConfigurationProperties("vigil.topics")
public record TopicSettings(@NotBlank String incidentEvents, @NotBlank String incidentShares,
                            @NotBlank String notificationEvents, @NotBlank String drillEvents,
                            @NotBlank String drillShares, @NotBlank String drillKeys, @Min(1) int partitions,
                            @Min(1) short replicationFactor, Map<String, String> configs) {

    @ConstructorBinding
    public TopicSettings {
        configs = configs == null ? Map.of() : Map.copyOf(configs);
    }

    public TopicSettings(String incidentEvents, String incidentShares, String notificationEvents, String drillEvents,
                         String drillShares, String drillKeys, int partitions, short replicationFactor) {
        this(incidentEvents, incidentShares, notificationEvents, drillEvents, drillShares, drillKeys, partitions,
                replicationFactor, Map.of());
    }
}
