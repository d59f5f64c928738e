package eu.vigil.notifier.publication;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.notifier.config.PublicationProperties;
import eu.vigil.notifier.config.TopicsProperties;
import eu.vigil.notifier.obligation.ObligationMetaData;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes each obligation event to {@code vigil.notification-events} for the read side, the way command-service
 * publishes incident events: a tracking processor that stores its token only after the broker acknowledged, and
 * retries the same event on failure (see config/AxonConfig). Keyed by obligation id: in order per obligation.
 */
@Component
@ProcessingGroup(NotificationEventPublisher.PROCESSING_GROUP)
public class NotificationEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publication";
    private static final Logger log = LoggerFactory.getLogger(NotificationEventPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicsProperties topics;
    private final PublicationProperties publication;
    private final Counter published; // routine success is a metric, not a log line (issue 12 item 18)

    NotificationEventPublisher(KafkaTemplate<String, byte[]> kafka, TopicsProperties topics,
                               PublicationProperties publication, MeterRegistry meters) {
        this.kafka = kafka;
        this.topics = topics;
        this.publication = publication;
        this.published = Counter.builder("vigil.publication.published")
                .description("Events the broker acknowledged").tag("topic", topics.notificationEvents())
                .register(meters);
    }

    @EventHandler
    void publish(NotificationEvent event, DomainEventMessage<?> message) {
        var envelope = new EventEnvelope<>(UUID.fromString(message.getIdentifier()), EventJson.typeOf(event),
                event.schemaVersion(), message.getAggregateIdentifier(), message.getSequenceNumber(),
                ObligationMetaData.hospital(message.getMetaData()), message.getTimestamp(),
                ObligationMetaData.actor(message.getMetaData()), event);
        var record = new ProducerRecord<>(topics.notificationEvents(), null, message.getTimestamp().toEpochMilli(),
                envelope.aggregateId(), EventJson.write(envelope));
        try {
            kafka.send(record).get(publication.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing event " + message.getIdentifier(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge event " + message.getIdentifier()
                    + "; publication will retry", e);
        }
        published.increment();
        log.debug("Published {} of obligation {} (sequence {})", envelope.type(), envelope.aggregateId(),
                envelope.aggregateSequence());
    }
}
