package eu.vigil.command.instances;

import eu.vigil.command.publication.IncidentEventPublisher;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.testsupport.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static eu.vigil.command.instances.TwoInstances.A;
import static eu.vigil.command.instances.TwoInstances.B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With two instances, the processor {@code kafka-publication} (one segment, its token in PostgreSQL) runs on the one
 * holding the claim: each stored event reaches the topic once, in order per incident, whichever instance appended
 * it; when that instance stops, the other takes the claim over and publishes what follows, none lost, none twice.
 */
class TwoInstancesPublicationIT {

    private final TwoInstances instances = new TwoInstances("two-instances-publication");

    @AfterEach
    void stopBoth() {
        instances.close();
    }

    @Test
    void givenEventsAppendedThroughBothInstancesWhenTheClaimHolderStopsThenEachEventIsPublishedOnceByOneOrTheOther() {
        appendThroughBoth(4);
        awaitEveryStoredEventOnTopic();
        assertEachStoredEventOnceInOrderPerIncident();

        String holder = claimHolder().equals(TwoInstances.nodeOf(A)) ? A : B;
        String survivor = holder.equals(A) ? B : A;
        int storedBeforeStop = storedEvents().size();
        instances.stop(holder);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> TwoInstances.nodeOf(survivor).equals(claimHolder()));

        for (int i = 0; i < 3; i++) {
            String id = instances.report(survivor, "After the stop " + i).getBody().get("incidentId").asText();
            instances.appendTimelineEntry(survivor, id, "Seen by the survivor", null);
        }
        awaitEveryStoredEventOnTopic();
        assertEachStoredEventOnceInOrderPerIncident();
        assertThat(instances.context(survivor).getBean(MeterRegistry.class).get("vigil.publication.published")
                .counter().count()).as("the survivor published exactly what was appended after the stop")
                .isEqualTo(storedEvents().size() - storedBeforeStop);
    }

    /** Each incident is reported on one instance and changed on the other, and back. */
    private void appendThroughBoth(int incidents) {
        for (int i = 0; i < incidents; i++) {
            String reportedOn = i % 2 == 0 ? A : B;
            String other = reportedOn.equals(A) ? B : A;
            String id = instances.report(reportedOn, "Incident " + i).getBody().get("incidentId").asText();
            instances.appendTimelineEntry(other, id, "Changed on the other instance", null);
            instances.appendTimelineEntry(reportedOn, id, "Changed on the first again", null);
        }
    }

    private String claimHolder() {
        return instances.jdbc().sql("select owner from incident.token_entry where processor_name = :processor")
                .param("processor", IncidentEventPublisher.PROCESSING_GROUP).query(String.class).optional()
                .orElse("");
    }

    private record Stored(UUID eventId, String incidentId, long sequence) {
    }

    private List<Stored> storedEvents() {
        return instances.jdbc().sql("""
                        select event_identifier, aggregate_identifier, sequence_number
                          from incident.domain_event_entry order by global_index""")
                .query((row, n) -> new Stored(UUID.fromString(row.getString(1)), row.getString(2), row.getLong(3)))
                .list();
    }

    private List<Stored> onTopic(Duration quiet) {
        return TopicRecords.readAll(instances.property("spring.kafka.bootstrap-servers"),
                        instances.property("vigil.topics.incident-events"), quiet).stream()
                .map(record -> EventJson.read(record.value(), IncidentEvent.class))
                .map(event -> new Stored(event.eventId(), event.aggregateId(), event.aggregateSequence()))
                .toList();
    }

    private void awaitEveryStoredEventOnTopic() {
        var stored = storedEvents();
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> onTopic(Duration.ofMillis(300)).containsAll(stored));
    }

    private void assertEachStoredEventOnceInOrderPerIncident() {
        var stored = storedEvents();
        var published = onTopic(Duration.ofSeconds(2));
        assertThat(published).as("every stored event once, none twice").containsExactlyInAnyOrderElementsOf(stored);
        assertThat(sequencesByIncident(published)).as("in order per incident")
                .isEqualTo(sequencesByIncident(stored));
    }

    private static Map<String, List<Long>> sequencesByIncident(List<Stored> events) {
        return events.stream().collect(Collectors.groupingBy(Stored::incidentId,
                Collectors.mapping(Stored::sequence, Collectors.toCollection(ArrayList::new))));
    }
}
