package eu.vigil.command.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static eu.vigil.command.incident.CommandMetaData.ACTOR_ID;
import static eu.vigil.command.incident.CommandMetaData.ACTOR_ROLE;
import static eu.vigil.command.incident.CommandMetaData.HOSPITAL_ID;
import static eu.vigil.command.incident.CommandMetaData.REQUEST_FINGERPRINT;
import static eu.vigil.command.incident.CommandMetaData.REQUEST_ID;

@Configuration(proxyBeanMethods = false)
class AxonConfig {

    private static final String UNIQUE_VIOLATION = "23505"; // PostgreSQL's SQLSTATE for a duplicate key

    /** Axon's JDBC event store, in the tables Flyway creates in schema {@code incident} (V1__event_store.sql). */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("incident.domain_event_entry")
                .snapshotTable("incident.snapshot_event_entry")
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
                .setTokenTable("incident.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    // Axon's default resolver looks for SQLIntegrityConstraintViolationException, which the PostgreSQL driver never
    // throws; without this, a second report under the same id is an EventStoreException instead of a conflict.
    @Bean
    PersistenceExceptionResolver uniqueViolationResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    /** Who acted, for which hospital and in which request travels from each command to the events it causes. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ACTOR_ID, ACTOR_ROLE, HOSPITAL_ID, REQUEST_ID,
                REQUEST_FINGERPRINT);
    }

    // Axon's default handler error policy logs and moves on, which would advance the token past an event the
    // broker never acknowledged, or lose a subscribing handler's write while the command succeeds. Propagating, for
    // every processing group, makes a tracking processor retry from its last stored token and fails the command.
    @Bean
    ConfigurerModule handlerErrorsPropagate() {
        return configurer -> configurer.eventProcessing().registerDefaultListenerInvocationErrorHandler(
                configuration -> PropagatingErrorHandler.instance());
    }
}
