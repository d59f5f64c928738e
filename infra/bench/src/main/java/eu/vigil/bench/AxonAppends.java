package eu.vigil.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.eventstore.EventStoreAutoConfiguration;
import eu.vigil.eventstore.hashchain.HashChain;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * W1's unit of work in this JVM: one {@code TimelineEntryAppended} published on Axon's {@link EmbeddedEventStore} over
 * a {@link JdbcEventStorageEngine} and committed as one PostgreSQL transaction, the way command-service's command
 * handling appends it, without HTTP and without the aggregate. Built as Axon's Spring Boot auto-configuration and
 * eventstore-kit build it for command-service: eventstore-kit's snake_case event schema ({@code
 * EventStoreAutoConfiguration.eventSchemaIn}) in schema {@code incident}, PostgreSQL's duplicate key read as a
 * conflict, Axon's Jackson serializer (command-service's {@code axon.serializer.events: jackson}) over the ObjectMapper
 * Spring Boot makes with command-service's {@code spring.jackson.default-property-inclusion: non_null}, a HikariCP pool
 * of Spring Boot's default size, Spring's {@link DataSourceTransactionManager} behind Axon's {@link
 * SpringTransactionManager}, and Axon's connection provider that keeps the transaction's connection for the unit of
 * work.
 */
final class AxonAppends implements AutoCloseable {

    static final String SCHEMA = "incident";
    private static final String AGGREGATE_TYPE = "Incident";
    static final int POOL_SIZE = 10; // HikariCP's default maximum under Spring Boot: command-service's pool
    private static final String UNIQUE_VIOLATION = "23505"; // eventstore-kit's resolver
    /** An observation as a security officer writes one: about 400 characters, so a payload of about 650 bytes. */
    private static final String TEXT = "Antivirus alert on workstation RAD-WS-0142 (radiology, 2nd floor): "
            + "Trojan.GenericKD quarantined from a PDF attachment opened at 09:41. The user confirms the mail came "
            + "from an unknown sender posing as a supplier. Workstation disconnected from the network by the "
            + "service desk, memory image taken, mailbox rule blocking the sender added. No sign so far of lateral "
            + "movement in the EDR console; PACS access from this host suspended until the scan is clean.";

    private final HikariDataSource dataSource;
    private final EmbeddedEventStore eventStore;
    private final TransactionManager transactions;

    AxonAppends(String jdbcUrl, String username, String password) {
        var pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setPoolName("w1-event-store");
        pool.addDataSourceProperty("logServerErrorDetail", "false"); // command-service's application.yml
        dataSource = new HikariDataSource(pool);
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        Serializer serializer = JacksonSerializer.builder()
                .revisionResolver(new AnnotationRevisionResolver())
                .converter(new ChainingConverter(AxonAppends.class.getClassLoader()))
                .objectMapper(springBootObjectMapper())
                .build();
        var engine = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .persistenceExceptionResolver(new SQLStateResolver(UNIQUE_VIOLATION))
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(transactions)
                .schema(EventStoreAutoConfiguration.eventSchemaIn(SCHEMA))
                .build();
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    /** Each client appends to an incident of its own, at increasing sequence numbers, for {@code duration}. */
    Measurement run(ClosedLoop loop, Duration duration, String name) throws InterruptedException {
        var appenders = new ArrayList<Appender>();
        for (int client = 0; client < loop.clients(); client++) {
            appenders.add(new Appender());
        }
        return loop.run(name, duration, client -> appenders.get(client).append());
    }

    @Override
    public void close() {
        eventStore.shutDown();
        dataSource.close();
    }

    /**
     * Spring Boot's ObjectMapper (JacksonAutoConfiguration: this builder with dates and durations as text), which
     * Axon's serializer takes when a context has one, with command-service's default property inclusion.
     */
    private static ObjectMapper springBootObjectMapper() {
        return Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** One client's incident and the metadata its events carry. */
    private final class Appender {

        private final IncidentId incident = IncidentId.generate();
        private final MetaData metaData;
        private long sequence;

        Appender() {
            var chainLink = new byte[32];
            ThreadLocalRandom.current().nextBytes(chainLink);
            // what command-service's events carry: the actor's correlation data (eventstore-kit) and, from the
            // aggregate, the hash chain's link, here of the same length but not computed (domain logic, not W1's)
            metaData = MetaData.with(EventStoreAutoConfiguration.ACTOR_ID, UUID.randomUUID().toString())
                    .and(EventStoreAutoConfiguration.ACTOR_ROLE, "SECURITY_OFFICER")
                    .and(EventStoreAutoConfiguration.HOSPITAL_ID, Benchmark.HOSPITAL)
                    .and(HashChain.KEY, HexFormat.of().formatHex(chainLink));
        }

        void append() {
            Instant now = Instant.now();
            var entry = new TimelineEntryAppended(incident, UUID.randomUUID(), TimelineEntryKind.OBSERVATION, TEXT,
                    now.minus(5, ChronoUnit.MINUTES), now, null, null);
            var event = new GenericDomainEventMessage<>(AGGREGATE_TYPE, incident.toString(), sequence, entry,
                    metaData);
            var unitOfWork = DefaultUnitOfWork.startAndGet(event);
            unitOfWork.attachTransaction(transactions);
            unitOfWork.execute(() -> eventStore.publish(event));
            sequence++;
        }
    }
}
