package eu.vigil.notifier.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static eu.vigil.notifier.obligation.ObligationMetaData.ACTOR_ID;
import static eu.vigil.notifier.obligation.ObligationMetaData.ACTOR_ROLE;
import static eu.vigil.notifier.obligation.ObligationMetaData.HOSPITAL_ID;

/** Axon's JDBC event store and token store in schema {@code notification} (V3__obligation_store.sql). */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    private static final String UNIQUE_VIOLATION = "23505"; // PostgreSQL's SQLSTATE for a duplicate key

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("notification.domain_event_entry")
                .snapshotTable("notification.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("notification.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    // Axon's default resolver never recognises PostgreSQL's duplicate key (see command-service's AxonConfig).
    @Bean
    PersistenceExceptionResolver uniqueViolationResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    // Axon's default policy logs a failing event handler and moves on: a read-model row the subscribing
    // obligation-view could not write was lost while the command answered 200, and a tracking processor would skip
    // an unacknowledged event or an unsent mail. Propagating fails the command (its unit of work rolls back, so
    // nothing is recorded) and makes a tracking processor retry from its last stored token, for every group.
    @Bean
    ConfigurerModule handlerErrorsPropagate() {
        return configurer -> configurer.eventProcessing().registerDefaultListenerInvocationErrorHandler(
                configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    NewTopic notificationEventsTopic(TopicsProperties topics, PublicationProperties publication) {
        return new NewTopic(topics.notificationEvents(), publication.partitions(), publication.replicationFactor());
    }

    /** Who acted and for which hospital travels from each command to its events, and from there to Kafka. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ACTOR_ID, ACTOR_ROLE, HOSPITAL_ID);
    }
}
