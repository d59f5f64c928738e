package eu.vigil.command.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import eu.vigil.eventstore.hashchain.HashChain;
import eu.vigil.testsupport.RealInfrastructure;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Snapshots and the cache (config/AggregateLoadingConfig): an incident loaded from its latest snapshot plus the
 * events after it is the incident a full replay gives and decides the same; an event stored in an older JSON form
 * (without fields added later) still loads, into the snapshot and after it; the cache keeps what it holds through a
 * garbage collection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentSnapshotIT {

    private static final HospitalId HOSPITAL = HospitalId.of("h-snapshots");
    private static final MetaData SENDER = MetaData.with(CommandMetaData.ACTOR_ID, "u-officer-1")
            .and(CommandMetaData.ACTOR_ROLE, "SECURITY_OFFICER").and(CommandMetaData.HOSPITAL_ID, HOSPITAL.value());
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Autowired CommandGateway commands;
    @Autowired JdbcClient jdbc;
    @Autowired EventStore eventStore;
    @Autowired Configuration axon;
    @Autowired Cache incidentCache;

    private final Instant now = Instant.now();
    private IncidentId incident;

    @BeforeEach
    void anIncidentIsReported() {
        jdbc.sql("""
                insert into incident.hospital (hospital_id, name, country, time_zone, language)
                values (:id, 'Snapshot hospital', 'BE', 'Europe/Brussels', 'en') on conflict do nothing""")
                .param("id", HOSPITAL.value()).update();
        incident = IncidentId.generate();
        commands.sendAndWait(new ReportIncident(incident, HOSPITAL, "C2 traffic", "Beacon every minute", null,
                now.minusSeconds(3600), RsitCategory.MALICIOUS_CODE_C2_SERVER, null, null, now), SENDER);
    }

    @Test
    void aSnapshotPlusItsTailIsTheFullReplayAndDecidesTheSame() {
        List<UUID> entries = new ArrayList<>();
        UUID indicator = UUID.randomUUID();
        commands.sendAndWait(new AddIndicator(incident, HOSPITAL, indicator, IndicatorType.DOMAIN, "c2.example",
                Tlp.AMBER, null, null, null), SENDER);
        commands.sendAndWait(new ChangePhase(incident, HOSPITAL, Phase.CONTAINMENT, null), SENDER);
        for (int i = 0; i < 200; i++) {
            entries.add(append(UUID.randomUUID(), i % 10 == 9 ? entries.get(i - 1) : null));
        }
        long sequence = 202;
        awaitSnapshotAtLeast(150);
        for (int i = 0; i < 5; i++) {
            entries.add(append(UUID.randomUUID(), null)); // the tail after the snapshot
            sequence++;
        }

        incidentCache.removeAll();
        Incident loaded = loadThroughRepository();
        Incident replayed = fullReplay();

        assertThat(loaded).usingRecursiveComparison().isEqualTo(replayed);
        assertThat(firstMessageOfTheStore()).isInstanceOf(Incident.class); // the load started from the snapshot
        incidentCache.removeAll();
        assertThat((long) commands.sendAndWait(new AppendTimelineEntry(incident, HOSPITAL, UUID.randomUUID(),
                TimelineEntryKind.ACTION, "Corrected", now.minusSeconds(60), now, entries.get(0), "Wrong time"),
                SENDER)).isEqualTo(sequence + 1);
        incidentCache.removeAll();
        assertThatThrownBy(() -> commands.sendAndWait(new AddIndicator(incident, HOSPITAL, UUID.randomUUID(),
                IndicatorType.DOMAIN, "c2.example", Tlp.GREEN, null, null, null), SENDER))
                .isInstanceOf(DuplicateIndicatorException.class);
        assertThatThrownBy(() -> commands.sendAndWait(new ChangePhase(incident, HOSPITAL, Phase.DETECTION, null),
                SENDER)).isInstanceOf(PhaseGoesBackException.class);
    }

    @Test
    void anIncidentStaysCachedThroughAGarbageCollection() {
        commands.sendAndWait(new ChangePhase(incident, HOSPITAL, Phase.CONTAINMENT, null), SENDER);

        System.gc(); // a weak reference, as Axon's WeakReferenceCache holds, would be cleared now

        assertThat(incidentCache.containsKey(incident.toString())).isTrue();
    }

    @Test
    void anEventInItsOlderJsonFormStillLoadsThroughTheSnapshot() throws Exception {
        UUID first = append(UUID.randomUUID(), null);
        var row = jdbc.sql("""
                        select type, payload, meta_data, payload_type, time_stamp from incident.domain_event_entry
                         where aggregate_identifier = :id and sequence_number = 1""")
                .param("id", incident.toString()).query().singleRow();
        String chain = (String) JSON.readValue((byte[]) row.get("meta_data"), Map.class).get(HashChain.KEY);
        List<UUID> olderForm = new ArrayList<>();
        for (long sequence = 2; sequence <= 200; sequence++) {
            UUID entryId = UUID.randomUUID();
            olderForm.add(entryId);
            var payload = (ObjectNode) JSON.readTree((byte[]) row.get("payload"));
            payload.put("entryId", entryId.toString());
            payload.remove(List.of("supersedes", "correctionReason")); // as written before corrections existed
            var event = JSON.treeToValue(payload, TimelineEntryAppended.class);
            chain = HashChain.link(chain, sequence, event);
            var metaData = (ObjectNode) JSON.readTree((byte[]) row.get("meta_data"));
            metaData.put(HashChain.KEY, chain);
            jdbc.sql("""
                    insert into incident.domain_event_entry (aggregate_identifier, sequence_number, type,
                        event_identifier, meta_data, payload, payload_type, time_stamp)
                    values (:id, :sequence, :type, :eventId, :metaData, :payload, :payloadType, :timeStamp)""")
                    .param("id", incident.toString()).param("sequence", sequence).param("type", row.get("type"))
                    .param("eventId", UUID.randomUUID().toString())
                    .param("metaData", JSON.writeValueAsString(metaData).getBytes(StandardCharsets.UTF_8))
                    .param("payload", payload.toString().getBytes(StandardCharsets.UTF_8))
                    .param("payloadType", row.get("payload_type")).param("timeStamp", row.get("time_stamp"))
                    .update();
        }
        incidentCache.removeAll(); // it holds the incident at sequence 1

        // loads 201 events, 199 of them in the older form, and takes a snapshot after the commit
        assertThat((long) commands.sendAndWait(new AppendTimelineEntry(incident, HOSPITAL, UUID.randomUUID(),
                TimelineEntryKind.ACTION, "Corrected", now.minusSeconds(60), now, olderForm.get(0), "Wrong time"),
                SENDER)).isEqualTo(201L);
        awaitSnapshotAtLeast(200);
        incidentCache.removeAll();

        assertThat(firstMessageOfTheStore()).isInstanceOf(Incident.class);
        assertThat(loadThroughRepository()).usingRecursiveComparison().isEqualTo(fullReplay());
        assertThat((long) commands.sendAndWait(new AppendTimelineEntry(incident, HOSPITAL, UUID.randomUUID(),
                TimelineEntryKind.ACTION, "Corrected", now.minusSeconds(60), now, olderForm.get(198), "Wrong time"),
                SENDER)).isEqualTo(202L);
        assertThat(first).isNotNull();
    }

    @Test
    void aSnapshotOfAnOlderRevisionIsSkippedAndTheIncidentReplaysItsEvents() {
        commands.sendAndWait(new ChangePhase(incident, HOSPITAL, Phase.CONTAINMENT, null), SENDER);
        for (int i = 0; i < 160; i++) {
            append(UUID.randomUUID(), null);
        }
        awaitSnapshotAtLeast(150);
        // as the aggregate wrote it before its state became the shared fold: a form that reads as an empty incident
        jdbc.sql("""
                update incident.snapshot_event_entry set payload_revision = null,
                       payload = convert_to('{"id": "' || aggregate_identifier || '"}', 'UTF8')
                 where aggregate_identifier = :id""").param("id", incident.toString()).update();
        incidentCache.removeAll();

        assertThat(firstMessageOfTheStore()).isInstanceOf(IncidentReported.class);
        assertThat(loadThroughRepository()).usingRecursiveComparison().isEqualTo(fullReplay());
        assertThatThrownBy(() -> commands.sendAndWait(new ChangePhase(incident, HOSPITAL, Phase.DETECTION, null),
                SENDER)).isInstanceOf(PhaseGoesBackException.class);
    }

    private UUID append(UUID entryId, UUID supersedes) {
        commands.sendAndWait(new AppendTimelineEntry(incident, HOSPITAL, entryId, TimelineEntryKind.OBSERVATION,
                "Beacon seen", now.minusSeconds(120), now, supersedes, supersedes == null ? null : "Wrong host"),
                SENDER);
        return entryId;
    }

    private void awaitSnapshotAtLeast(long sequence) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select coalesce(max(sequence_number), -1) from incident.snapshot_event_entry
                         where aggregate_identifier = :id""")
                .param("id", incident.toString()).query(Long.class).single() >= sequence);
    }

    private Object firstMessageOfTheStore() {
        return eventStore.readEvents(incident.toString()).peek().getPayload();
    }

    @SuppressWarnings("unchecked")
    private Incident loadThroughRepository() {
        var repository = axon.repository(Incident.class);
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(
                () -> repository.load(incident.toString()).invoke(root -> root)).getPayload();
    }

    /** Every event from the first, never a snapshot, applied to a new incident. */
    private Incident fullReplay() {
        var model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Incident.class);
        EventSourcedAggregate<Incident> aggregate = EventSourcedAggregate.initialize(new Incident(), model,
                SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
        DefaultUnitOfWork.startAndGet(null).execute(
                () -> aggregate.initializeState(eventStore.readEvents(incident.toString(), 0)));
        return aggregate.getAggregateRoot();
    }
}
