package eu.vigil.eventstore.hashchain;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChainCheckTest {

    private static final IncidentId INCIDENT = IncidentId.of("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
    private static final Instant AT = Instant.parse("2026-10-25T00:30:00Z");

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();

    @Test
    void eventsLinkedFromTheFirstOnAreIntact() {
        store(true, true, true);

        var verification = check(ChainCheck.Origin.FIRST_EVENT).verify(INCIDENT.toString(), first -> true);

        assertThat(verification).hasValueSatisfying(checked -> {
            assertThat(checked.intact()).isTrue();
            assertThat(checked.events()).isEqualTo(3);
            assertThat(checked.chainStartsAt()).isNull();
        });
    }

    @Test
    void whereTheChainMustStartWithTheFirstEventAnUnlinkedOneIsBroken() {
        store(false, true, true);

        var verification = check(ChainCheck.Origin.FIRST_EVENT).verify(INCIDENT.toString(), first -> true);

        assertThat(verification.orElseThrow().firstBreak().problem()).isEqualTo("missing-link");
        assertThat(verification.orElseThrow().firstBreak().sequence()).isZero();
    }

    @Test
    void olderUnlinkedEventsAreReportedAsPredatingTheChainWhichCoversThemFromItsFirstLink() {
        store(false, false, true);

        var verification = check(ChainCheck.Origin.MAY_FOLLOW_OLDER_EVENTS).verify(INCIDENT.toString(), first -> true);

        assertThat(verification).hasValueSatisfying(checked -> {
            assertThat(checked.intact()).isTrue();
            assertThat(checked.events()).isEqualTo(3);
            assertThat(checked.chainStartsAt()).isEqualTo(2);
        });
    }

    @Test
    void whenNoEventIsLinkedYetTheChainStartsWithTheNext() {
        store(false, false);

        var verification = check(ChainCheck.Origin.MAY_FOLLOW_OLDER_EVENTS).verify(INCIDENT.toString(), first -> true);

        assertThat(verification.orElseThrow().chainStartsAt()).isEqualTo(2);
        assertThat(verification.orElseThrow().intact()).isTrue();
    }

    @Test
    void anEventWithoutALinkAfterTheChainStartedIsBroken() {
        store(false, true, false);

        var verification = check(ChainCheck.Origin.MAY_FOLLOW_OLDER_EVENTS).verify(INCIDENT.toString(), first -> true);

        assertThat(verification.orElseThrow().firstBreak().problem()).isEqualTo("missing-link");
        assertThat(verification.orElseThrow().firstBreak().sequence()).isEqualTo(2);
    }

    @Test
    void anOlderEventChangedAfterTheFirstLinkShowsAtThatLink() {
        // given an unlinked event 0, chained as "entry 0" by the link of event 1, then changed
        String head = HashChain.link(HashChain.GENESIS, 0, entry("entry 0"));
        storage.appendEvents(event(0, entry("entry 0 changed"), MetaData.emptyInstance()),
                event(1, entry("entry 1"), MetaData.with(HashChain.KEY, HashChain.link(head, 1, entry("entry 1")))));

        var verification = check(ChainCheck.Origin.MAY_FOLLOW_OLDER_EVENTS).verify(INCIDENT.toString(), first -> true);

        assertThat(verification.orElseThrow().firstBreak().problem()).isEqualTo("altered-before");
        assertThat(verification.orElseThrow().firstBreak().sequence()).isEqualTo(1);
    }

    @Test
    void aCallerWhoMayNotSeeTheFirstEventLearnsNothing() {
        store(true);

        assertThat(check(ChainCheck.Origin.FIRST_EVENT).verify(INCIDENT.toString(), first -> false)).isEmpty();
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

    private static GenericDomainEventMessage<TimelineEntryAppended> event(long sequence, TimelineEntryAppended payload,
                                                                          MetaData metaData) {
        return new GenericDomainEventMessage<>("Incident", INCIDENT.toString(), sequence, payload, metaData);
    }

    private static TimelineEntryAppended entry(String text) {
        var id = UUID.nameUUIDFromBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new TimelineEntryAppended(INCIDENT, id, TimelineEntryKind.ACTION, text, AT, AT, null, null);
    }
}
