package eu.vigil.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Axon's JDBC event store and token store in the tables a service's own Flyway migration creates in schema
 * {@code vigil.event-store.schema}, PostgreSQL's duplicate key read as a conflict, handler errors that propagate, and
 * the actor's metadata carried from each command to its events. Before Axon's own auto-configurations, whose beans
 * of these types step back ({@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(beforeName = {"org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        // its condition reads eventstore-kit.properties (axon.timeout.enabled), which this class brings in
        "org.axonframework.springboot.autoconfig.AxonTimeoutAutoConfiguration"},
        afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
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
        return eventSchemaIn(store.schema());
    }

    /** The event and snapshot tables of the services' Flyway migrations in that schema (the benchmark's W1 too). */
    public static EventSchema eventSchemaIn(String schema) {
        return EventSchema.builder()
                .eventTable(schema + ".domain_event_entry")
                .snapshotTable(schema + ".snapshot_event_entry")
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

    /**
     * The token store, under the name {@code vigil.event-store.node-id} as the owner of its claims. Unset, the name is
     * Axon's ({@code pid@host}) with a random suffix: two instances with the same process id and host name (two
     * containers with host networking, both pid 1; or two in one JVM, as the several-instances tests run them) would
     * otherwise both own a processor's segment and both handle its events, such as a reminder mail.
     */
    @Bean
    @ConditionalOnBean(DataSource.class) // as Axon's JDBC configuration, which makes the connection provider
    TokenStore namedNodeTokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema tokenSchema,
            @Value("${vigil.event-store.node-id:}") String nodeId,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(nodeId.isBlank() ? uniqueNodeName() : nodeId)
                .build();
    }

    private static String uniqueNodeName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
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
