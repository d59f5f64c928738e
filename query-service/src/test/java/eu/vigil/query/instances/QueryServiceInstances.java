package eu.vigil.query.instances;

import eu.vigil.query.QueryServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Query services started side by side in this JVM on one database and one broker, as replicas run: each read model's
 * listener of every instance joins that read model's one consumer group.
 */
final class QueryServiceInstances implements AutoCloseable {

    /**
     * The listeners of the incident's events, each named after the read model it feeds: the register and the timeline
     * read the incident topic, the CERT feed the share topic beside it (ADR 0021).
     */
    static final List<String> INCIDENT_READ_MODELS = List.of("register", "timeline", "cert-feed");

    private final List<ConfigurableApplicationContext> running;

    private QueryServiceInstances(List<ConfigurableApplicationContext> running) {
        this.running = new ArrayList<>(running);
    }

    /** Starts {@code count} query services with the same properties, each on a free port. */
    static QueryServiceInstances start(int count, Map<String, Object> properties) {
        // as arguments: default properties would lose to application.yml
        var arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new);
        return new QueryServiceInstances(IntStream.range(0, count)
                .mapToObj(instance -> new SpringApplicationBuilder(QueryServiceApplication.class).run(arguments))
                .toList());
    }

    ConfigurableApplicationContext first() {
        return running.get(0);
    }

    /** Stops the last instance started, as a replica scaled down or replaced: its partitions go to the others. */
    void stopLast() {
        running.remove(running.size() - 1).close();
    }

    /** How many of its topic's partitions each running instance holds for this read model, in start order. */
    List<Integer> partitionsHeld(String readModel) {
        return running.stream().map(context -> {
            Collection<?> assigned = context.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer(readModel).getAssignedPartitions();
            return assigned == null ? 0 : assigned.size();
        }).toList();
    }

    /** Whether every running instance holds some of the partitions of every read model's topic. */
    boolean eachHoldsPartitions() {
        return INCIDENT_READ_MODELS.stream().allMatch(readModel -> !partitionsHeld(readModel).contains(0));
    }

    @Override
    public void close() {
        running.forEach(ConfigurableApplicationContext::close);
    }
}
