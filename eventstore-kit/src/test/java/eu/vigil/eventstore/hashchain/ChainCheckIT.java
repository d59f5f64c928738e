package eu.vigil.eventstore.hashchain;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.contracts.EventJson;
import eu.vigil.testsupport.TestInfrastructure;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain check over events a real PostgreSQL holds through Axon's JDBC storage engine, as in the services. */
class ChainCheckIT {

    private static final Instant AT = Instant.parse("2026-10-25T00:30:00Z");
    private static JdbcEventStorageEngine storage;

    private final IncidentId incident = IncidentId.generate(); // an aggregate of its own per test

    @BeforeAll
    static void eventTables() {
        var database = TestInfrastructure.shared().createDatabase("chain-check");
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        var json = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();
        storage = JdbcEventStorageEngine.builder().connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE).eventSerializer(json).snapshotSerializer(json)
                .build();
        storage.createSchema(PostgresEventTableFactory.INSTANCE);
    }

    @Test
    void eventsLinkedFromTheFirstOnAreIntact() {
        store(true, true, true);

        var verification = check(ChainCheck.Origin.FIRST_EVENT).verify(incident.toString(), first -> true);

        assertThat(verification).hasValueSatisfying(checked -> {
            assertThat(checked.intact()).isTrue();
            assertThat(checked.events()).isEqualTo(3);
            assertThat(checked.chainStartsAt()).isNull();
        });
    }

    @Test
    void whereTheChainMustStartWithTheFirstEventAnUnlinkedOneIsBroken() {
        store(false, true, true);

        var verification = check(ChainCheck.Origin.FIRST_EVENT).verify(incident.toString(), first -> true);

        assertThat(verification.orElseThrow().firstBreak().problem()).isEqualTo("missing-link");
        assertThat(verification.orElseThrow().firstBreak().sequence()).isZero();
    }

    @Test
    void olderUnlinkedEventsAreReportedAsPredatingTheChainWhichCoversThemFromItsFirstLink() {
        store(false, false, true);

        var verification = check(ChainCheck.Origin.MAY_FOLLOW_OLDER_EVENTS).verify(incident.toString(), first -> true);

        assertThat(verification).hasValueSatisfying(checked -> {
            assertThat(checked.intact()).isTrue();
            assertThat(checked.events()).isEqualTo(3);
            assertThat(checked.chainStartsAt()).isEqualTo(2);
        });
    }

    @Test
    void whenNoEventIsLinkedYetTheChainStartsWithTheNext() {
        store(false, false);

        var verification = check(ChainCheck.Origin.MAY_FOLLOW_OLDER_EVENTS).verify(incident.toString(), first -> true);

        assertThat(verification.orElseThrow().chainStartsAt()).isEqualTo(2);
        assertThat(verification.orElseThrow().intact()).isTrue();
    }

    @Test
    void anEventWithoutALinkAfterTheChainStartedIsBroken() {
        store(false, true, false);

        var verification = check(ChainCheck.Origin.MAY_FOLLOW_OLDER_EVENTS).verify(incident.toString(), first -> true);

        assertThat(verification.orElseThrow().firstBreak().problem()).isEqualTo("missing-link");
        assertThat(verification.orElseThrow().firstBreak().sequence()).isEqualTo(2);
    }

    @Test
    void anOlderEventChangedAfterTheFirstLinkShowsAtThatLink() {
        // given an unlinked event 0, chained as "entry 0" by the link of event 1, then changed
        String head = HashChain.link(HashChain.GENESIS, 0, entry("entry 0"));
        storage.appendEvents(event(0, entry("entry 0 changed"), MetaData.emptyInstance()),
                event(1, entry("entry 1"), MetaData.with(HashChain.KEY, HashChain.link(head, 1, entry("entry 1")))));

        var verification = check(ChainCheck.Origin.MAY_FOLLOW_OLDER_EVENTS).verify(incident.toString(), first -> true);

        assertThat(verification.orElseThrow().firstBreak().problem()).isEqualTo("altered-before");
        assertThat(verification.orElseThrow().firstBreak().sequence()).isEqualTo(1);
    }

    @Test
    void aCallerWhoMayNotSeeTheFirstEventLearnsNothing() {
        store(true);

        assertThat(check(ChainCheck.Origin.FIRST_EVENT).verify(incident.toString(), first -> false)).isEmpty();
        assertThat(check(ChainCheck.Origin.FIRST_EVENT).verify(UUID.randomUUID().toString(), first -> true)).isEmpty();
    }

    private ChainCheck check(ChainCheck.Origin origin) {
        return new ChainCheck(storage, IncidentEvent.class, origin);
    }

    // one timeline entry per flag, linked as an aggregate links them; an unlinked one is chained as if it were
    private void store(boolean... linked) {
        String previous = HashChain.GENESIS;
        for (int sequence = 0; sequence < linked.length; sequence++) {
            var payload = entry("entry " + sequence);
            String link = HashChain.link(previous, sequence, payload);
            storage.appendEvents(event(sequence, payload,
                    linked[sequence] ? MetaData.with(HashChain.KEY, link) : MetaData.emptyInstance()));
            previous = link;
        }
    }

    private GenericDomainEventMessage<TimelineEntryAppended> event(long sequence, TimelineEntryAppended payload,
                                                                   MetaData metaData) {
        return new GenericDomainEventMessage<>("Incident", incident.toString(), sequence, payload, metaData);
    }

    private TimelineEntryAppended entry(String text) {
        var id = UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
        return new TimelineEntryAppended(incident, id, TimelineEntryKind.ACTION, text, AT, AT, null, null);
    }
}
