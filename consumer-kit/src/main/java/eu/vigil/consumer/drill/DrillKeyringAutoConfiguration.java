package eu.vigil.consumer.drill;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;

import java.util.UUID;

/** A {@link DrillKeyring} for every service that consumes the topics, reading {@code vigil.topics.drill-keys}. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(ConsumerFactory.class)
public class DrillKeyringAutoConfiguration {

    @Bean(destroyMethod = "close")
    @SuppressWarnings("unchecked") // every service reads its topics as String keys and byte[] values
    DrillKeyring drillKeyring(ConsumerFactory<?, ?> consumers, MeterRegistry meters,
                              @Value("${vigil.topics.drill-keys:vigil.drill-keys}") String topic) {
        String instance = UUID.randomUUID().toString().substring(0, 8);
        var ours = (ConsumerFactory<String, byte[]>) consumers;
        return new DrillKeyring(() -> ours.createConsumer(null, "drill-keyring-", instance,
                DrillKeyring.consumerOverrides()), () -> ours.createConsumer(null, "drill-keyring-ends-", instance,
                DrillKeyring.uncommittedViewOverrides()), topic, meters);
    }
}
