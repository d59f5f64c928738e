package eu.vigil.consumer;

import eu.vigil.contracts.EventJson.UnreadableEventException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries a failed record every second for as long as it takes (the database may be down), except a record
 * that cannot be read at all: that one is parked on {@code <topic>.<spring.application.name>.dlt}, one per
 * consuming service, so that later records still flow.
 */
@AutoConfiguration
public class ConsumerErrorHandlingAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsumerErrorHandlingAutoConfiguration.class);

    private final String deadLetterSuffix; // one per consumer, so each parks its own copy

    ConsumerErrorHandlingAutoConfiguration(@Value("${spring.application.name}") String consumer) {
        this.deadLetterSuffix = "." + consumer + ".dlt";
    }

    // Broker defaults for partitions and replication; the key keeps the original record's partitioning.
    @Bean
    NewTopic incidentEventsDeadLetterTopic(@Value("${vigil.topics.incident-events}") String incidentEvents) {
        return TopicBuilder.name(incidentEvents + deadLetterSuffix).build();
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<?, ?> template) {
        var deadLetters = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(deadLetterTopic(record), -1));
        var handler = new DefaultErrorHandler((record, e) -> {
            deadLetters.accept(record, e);
            logParked(record, e);
        }, new FixedBackOff(1_000, FixedBackOff.UNLIMITED_ATTEMPTS));
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        return handler;
    }

    private void logParked(ConsumerRecord<?, ?> record, Exception e) {
        log.error("Unreadable record {}-{} at offset {} was parked on {} and skipped: {}. "
                        + "Find which producer wrote it, fix that producer, then republish a corrected event; "
                        + "the dead-letter record keeps the original bytes and the reason in its headers.",
                record.topic(), record.partition(), record.offset(), deadLetterTopic(record),
                rootCause(e).getClass().getSimpleName());
    }

    private String deadLetterTopic(ConsumerRecord<?, ?> record) {
        return record.topic() + deadLetterSuffix;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof UnreadableEventException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
