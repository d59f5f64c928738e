package eu.vigil.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/**
 * Axon's JDBC event store and token store in the tables a service's own Flyway migration creates in schema
 * {@code vigil.event-store.schema}, PostgreSQL's duplicate key read as a conflict, handler errors that propagate, and
 * the actor's metadata carried from each command to its events. Before Axon's own auto-configurations, whose beans
 * of these types step back ({@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(beforeName = {"org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@ConditionalOnClass(name = "org.axonframework.eventsourcing.eventstore.jdbc.EventSchema")
@PropertySource("classpath:eventstore-kit.properties")
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreAutoConfiguration {

    /** Who acted and for which hospital: metadata keys every service's commands carry to their events. */
    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String HOSPITAL_ID = "hospitalId";

    private static final String UNIQUE_VIOLATION = "23505"; // PostgreSQL's SQLSTATE for a duplicate key

    @Bean
    EventSchema eventSchema(EventStoreProperties store) {
        return EventSchema.builder()
                .eventTable(store.schema() + ".domain_event_entry")
                .snapshotTable(store.schema() + ".snapshot_event_entry")
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
    TokenSchema tokenSchema(EventStoreProperties store) {
        return TokenSchema.builder()
                .setTokenTable(store.schema() + ".token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    // Axon's default resolver looks for SQLIntegrityConstraintViolationException, which the PostgreSQL driver never
    // throws; without this, a second event under the same aggregate id and sequence is an EventStoreException
    // instead of a conflict.
    @Bean
    PersistenceExceptionResolver uniqueViolationResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    // Axon's default handler error policy logs and moves on: a tracking processor would advance its token past an
    // event the broker never acknowledged or a mail never sent, and a subscribing handler's lost write would let the
    // command succeed. Propagating, for every processing group, makes a tracking processor retry from its last stored
    // token and fails the command (its unit of work rolls back, so nothing is recorded).
    @Bean
    ConfigurerModule handlerErrorsPropagate() {
        return configurer -> configurer.eventProcessing().registerDefaultListenerInvocationErrorHandler(
                configuration -> PropagatingErrorHandler.instance());
    }

    /** Who acted and for which hospital travels from each command to the events it causes, and on to Kafka. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ACTOR_ID, ACTOR_ROLE, HOSPITAL_ID);
    }
}
