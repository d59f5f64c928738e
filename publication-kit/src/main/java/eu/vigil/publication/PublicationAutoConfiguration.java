package eu.vigil.publication;

import eu.vigil.eventstore.TopicSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;

/**
 * The {@link ParkingPublisher} a service's publishing processor calls; its transactional producer (transactional id
 * {@code vigil.publication.transactional-id}, default {@code <spring.application.name>-publication}); its dead-letter
 * table ({@code vigil.publication.dead-letter-table}, default {@code <flyway default schema>.publication_dead_letter});
 * the health component {@code publicationDeadLetters}, DEGRADED while any event is parked; and the publishing
 * processor itself ({@code vigil.publication.batch-size}, default 100: the most events of one unit of work, one Kafka
 * transaction and one token update); and the trace each event continues, from its command to its records
 * ({@link EventTrace}).
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class PublicationAutoConfiguration {

    @Bean
    PublicationDeadLetters publicationDeadLetters(DataSource dataSource, MeterRegistry meters,
            @Value("${vigil.publication.dead-letter-table:${spring.flyway.default-schema}.publication_dead_letter}")
            String table) {
        return new PublicationDeadLetters(JdbcClient.create(dataSource), table, meters);
    }

    // the service's producer settings (spring.kafka.producer.*), made transactional, idempotent, acks=all
    @Bean(destroyMethod = "close")
    PublicationProducer publicationProducer(KafkaProperties kafka, TopicSettings topics,
            @Value("${vigil.publication.transactional-id:${spring.application.name}-publication}")
            String transactionalId,
            @Value("${vigil.publication.send-timeout:15s}") Duration sendTimeout) {
        return new PublicationProducer(() -> {
            var settings = new HashMap<>(kafka.buildProducerProperties(null));
            settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            int wanted = kafka.getProducer().getBatchSize() == null ? ProduceBatchBytes.KAFKA_DEFAULT
                    : (int) kafka.getProducer().getBatchSize().toBytes();
            try (var admin = Admin.create(kafka.buildAdminProperties(null))) {
                settings.put(ProducerConfig.BATCH_SIZE_CONFIG, ProduceBatchBytes.of(admin, List.of(
                        topics.incidentEvents(), topics.incidentShares(), topics.notificationEvents(),
                        topics.drillEvents(), topics.drillShares(), topics.drillKeys()), wanted, sendTimeout));
            }
            return new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
        });
    }

    @Bean
    ParkingPublisher parkingPublisher(PublicationProducer producer, PublicationDeadLetters deadLetters,
                                      @Value("${vigil.publication.send-timeout:15s}") Duration sendTimeout,
                                      MeterRegistry meters, ObjectProvider<Tracer> tracer,
                                      ObjectProvider<Propagator> propagator) {
        return new ParkingPublisher(producer, deadLetters, sendTimeout, meters, new PublicationTracing(
                tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP)));
    }

    // the request's trace in the metadata of the events its command causes, for the records that carry them
    @Bean
    CorrelationDataProvider eventTraceCorrelation(ObjectProvider<Tracer> tracer,
                                                  ObjectProvider<Propagator> propagator) {
        return new TraceCorrelation(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    ConfigurerModule publicationBatchSize(@Value("${vigil.publication.batch-size:100}") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("vigil.publication.batch-size must be at least 1: " + batchSize);
        }
        // one thread, one segment: the topic's order per aggregate is the event store's
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(
                ParkingPublisher.PROCESSING_GROUP, Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialSegmentsCount(1).andBatchSize(batchSize));
    }

    // not deadLettersHealthIndicator: consumer-kit's component has that name, and the notifier has both
    @Bean
    PublicationDeadLetterHealth publicationDeadLettersHealthIndicator(PublicationDeadLetters deadLetters) {
        return new PublicationDeadLetterHealth(deadLetters);
    }
}
