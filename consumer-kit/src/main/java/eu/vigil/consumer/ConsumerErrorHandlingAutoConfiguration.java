package eu.vigil.consumer;

import eu.vigil.consumer.trace.RecordTracing;
import eu.vigil.contracts.EventJson.UnreadableEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.FixedBackOff;

import javax.sql.DataSource;

/**
 * Retries a failed record every second for as long as it may yet succeed (the database may be down). A record
 * that can never succeed (unreadable, refused by the database as data, an event the handler cannot apply) is
 * retried a few times quickly, then parked in the service's dead-letter table so that later records still flow.
 */
@AutoConfiguration
public class ConsumerErrorHandlingAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsumerErrorHandlingAutoConfiguration.class);
    private static final long QUICK_RETRY_MILLIS = 200;
    private static final long QUICK_RETRIES = 2;

    @Bean
    DeadLetters deadLetters(DataSource dataSource, MeterRegistry meters,
                            @Value("${vigil.dead-letters.table:${spring.flyway.default-schema}.dead_letter}")
                            String table) {
        return new DeadLetters(JdbcClient.create(dataSource), table, meters);
    }

    @Bean
    DeadLetterReplay deadLetterReplay(DeadLetters deadLetters, KafkaListenerEndpointRegistry listeners) {
        return new DeadLetterReplay(deadLetters, listeners);
    }

    @Bean
    DeadLetterApiController deadLetterApiController(DeadLetters deadLetters, DeadLetterReplay replay) {
        return new DeadLetterApiController(deadLetters, replay);
    }

    @Bean
    DeadLetterPageController deadLetterPageController(DeadLetters deadLetters, DeadLetterReplay replay,
                                                      @Value(DeadLetterPageController.PAGE_PATH) String pagePath,
                                                      @Value("${spring.application.name}") String service) {
        return new DeadLetterPageController(deadLetters, replay, pagePath, service);
    }

    // batch listeners continue their records' traces (issue 18); spring-kafka observes record listeners itself
    @Bean
    RecordTracing recordTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new RecordTracing(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    DeadLetterHealth deadLettersHealthIndicator(DeadLetters deadLetters) {
        return new DeadLetterHealth(deadLetters);
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(DeadLetters deadLetters) {
        ConsumerAwareRecordRecoverer park = (record, consumer, e) -> {
            Throwable reason = DeadLetterReplay.reasonOf(e);
            String group = groupOf(e, consumer);
            long id = deadLetters.park(record, group, reason);
            logParked(record, group, id, reason);
        };
        var handler = new DefaultErrorHandler(park,
                new FixedBackOff(1_000, FixedBackOff.UNLIMITED_ATTEMPTS));
        handler.setBackOffFunction((record, e) -> Failures.permanent(e)
                ? new FixedBackOff(QUICK_RETRY_MILLIS, QUICK_RETRIES) : null); // null: the unlimited default
        handler.setResetStateOnExceptionChange(true);
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        return handler;
    }

    private static String groupOf(Exception e, Consumer<?, ?> consumer) {
        if (e instanceof ListenerExecutionFailedException failed && failed.getGroupId() != null) {
            return failed.getGroupId();
        }
        return consumer.groupMetadata().groupId();
    }

    private static void logParked(ConsumerRecord<?, ?> record, String group, long id, Throwable reason) {
        log.error("Record {}-{} at offset {} can never be applied by consumer {} ({}): parked as dead letter {}; "
                        + "later records go on. See GET /api/dead-letters, fix the cause (the producer or this "
                        + "service), then POST /api/dead-letters/{}/replay.",
                record.topic(), record.partition(), record.offset(), group, reason.getClass().getSimpleName(),
                id, id);
    }
}
