package eu.vigil.notifier.instances;

import eu.vigil.notifier.NotifierApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Notifiers started side by side in this JVM on one database, one broker and one consumer group, as replicas run. */
final class NotifierInstances implements AutoCloseable {

    private final Map<String, ConfigurableApplicationContext> running = new LinkedHashMap<>();

    private NotifierInstances() {
    }

    /**
     * Starts {@code count} notifiers with the same properties, each on a free port and with a claim owner name of its
     * own ({@code notifier-1}, ...): in separate processes Axon's default ({@code pid@host}) differs, in one JVM it
     * would be shared, and both instances would take a tracking processor's segment as their own.
     */
    static NotifierInstances start(int count, Map<String, Object> properties) {
        var instances = new NotifierInstances();
        for (int instance = 1; instance <= count; instance++) {
            String node = "notifier-" + instance;
            // as arguments: default properties would lose to application.yml
            var arguments = Stream.concat(properties.entrySet().stream()
                            .map(property -> "--" + property.getKey() + "=" + property.getValue()),
                    Stream.of("--vigil.event-store.node-id=" + node)).toArray(String[]::new);
            instances.running.put(node, new SpringApplicationBuilder(NotifierApplication.class).run(arguments));
        }
        return instances;
    }

    ConfigurableApplicationContext first() {
        return running.values().iterator().next();
    }

    /** Stops the instance of this claim owner name, as a replica scaled down or replaced. */
    void stop(String node) {
        var instance = running.remove(node);
        if (instance == null) {
            throw new IllegalArgumentException("No instance claims as " + node + ": is vigil.event-store.node-id"
                    + " honoured (eventstore-kit)?");
        }
        instance.close();
    }

    /** Whether every instance holds a share of the topic's partitions in the group, so that each consumes a part. */
    boolean eachHoldsPartitionsOf(String topic, String group) {
        return running.values().stream().allMatch(context -> context.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainers().stream()
                .filter(container -> group.equals(container.getGroupId()))
                .anyMatch(container -> container.getAssignedPartitions() != null && container.getAssignedPartitions()
                        .stream().anyMatch(partition -> partition.topic().equals(topic))));
    }

    @Override
    public void close() {
        running.values().forEach(ConfigurableApplicationContext::close);
    }
}
