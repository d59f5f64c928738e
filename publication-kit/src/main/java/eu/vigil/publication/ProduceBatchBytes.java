package eu.vigil.publication;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The publication producer's {@code batch.size}: the size wanted, but never more than the smallest
 * {@code max.message.bytes} of the topics it publishes to. When the broker refuses a batch of several records as too
 * large, the producer splits it into batches of {@code batch.size} and sends them again; were that more than the
 * topic's limit, the parts would be refused again and again until the delivery timeout, and the one record that is too
 * large never refused for good and parked. Within the limit, a batch that is too large has one record, refused for good
 * at once, while a produce request carries many records per partition instead of one (docs/benchmarks.md).
 */
final class ProduceBatchBytes {

    /** Kafka's own default {@code batch.size}. */
    static final int KAFKA_DEFAULT = 16_384;

    private ProduceBatchBytes() {
    }

    /**
     * @param topics  the topics the service publishes to; one the broker does not know yet is left out (auto-created,
     *                it takes the broker's limit, a megabyte by default)
     * @param wanted  the size the service asks for ({@code spring.kafka.producer.batch-size}, else Kafka's default)
     * @throws IllegalStateException when the broker does not answer within the timeout: the batch is retried
     */
    static int of(Admin admin, Collection<String> topics, int wanted, Duration timeout) {
        List<ConfigResource> resources = topics.stream().distinct()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        var described = admin.describeConfigs(resources,
                new DescribeConfigsOptions().timeoutMs((int) timeout.toMillis())).values();
        int limit = wanted;
        for (var resource : resources) {
            try {
                Config config = described.get(resource).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                var maxMessageBytes = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
                if (maxMessageBytes != null) {
                    limit = Math.min(limit, Integer.parseInt(maxMessageBytes.value()));
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("Could not read max.message.bytes of " + resource.name(),
                            e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("The broker did not describe " + resource.name() + " within "
                        + timeout, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while describing " + resource.name(), e);
            }
        }
        return limit;
    }
}
