package eu.vigil.command.publication;

import eu.vigil.command.drill.DrillErasure;
import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.eventstore.TopicSettings;
import eu.vigil.publication.ParkingPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes each drill event to the hospital's drill topic, keyed by drill id, in the same tracking processor and with
 * the same guarantees as the incident events ({@link IncidentEventPublisher}): query-service scores the drill from
 * them (ADR 0022). The topic stays in the hospital: no mirror copies it.
 * <p>
 * Every record but {@code DrillDeleted}'s is sealed with the drill's key (ADR 0023, {@link DrillSealing}).
 * {@code DrillDeleted} goes in the clear, with the key's tombstone, and in the same batch (so with the processor's
 * token) the key is destroyed and the drill and its incidents leave the event store ({@link DrillErasure}).
 * <p>
 * A drill's events recorded before drill commands carried their sender (2026-12-07) name neither the hospital nor
 * the person: the hospital is then the drill's start's, and the actor the drill itself.
 */
@Component
@ProcessingGroup(IncidentEventPublisher.PROCESSING_GROUP)
public class DrillEventPublisher {

    static final Actor UNRECORDED_SENDER = Actor.system("drill");

    private static final Logger log = LoggerFactory.getLogger(DrillEventPublisher.class);

    private final ParkingPublisher publisher;
    private final TopicSettings topics;
    private final EventStore events;
    private final DrillSealing sealing;
    private final DrillErasure erasure;

    DrillEventPublisher(ParkingPublisher publisher, TopicSettings topics, EventStore events, DrillSealing sealing,
                        DrillErasure erasure) {
        this.publisher = publisher;
        this.topics = topics;
        this.events = events;
        this.sealing = sealing;
        this.erasure = erasure;
    }

    @EventHandler
    void publish(DrillEvent event, DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        boolean sent = metaData.containsKey(CommandMetaData.HOSPITAL_ID);
        var envelope = Envelopes.of(event, event.schemaVersion(),
                sent ? CommandMetaData.hospital(metaData) : hospitalOf(event),
                sent ? CommandMetaData.actor(metaData) : UNRECORDED_SENDER, message);
        var record = Envelopes.record(topics.drillEvents(), envelope, message);
        if (event instanceof DrillDeleted) {
            publisher.publish(record, envelope.eventId(), envelope.aggregateId(), envelope.type(),
                    envelope.aggregateSequence());
            sealing.shred(event.drillId(), message);
            erasure.erase(event.drillId());
            return;
        }
        var key = sealing.keyFor(event.drillId(), event instanceof DrillStarted, message);
        if (key.isEmpty()) {
            log.warn("Event {} of deleted drill {} not published", envelope.eventId(), event.drillId());
            return;
        }
        publisher.publish(SealedRecords.sealed(record, key.get()), envelope.eventId(), envelope.aggregateId(),
                envelope.type(), envelope.aggregateSequence());
    }

    private HospitalId hospitalOf(DrillEvent event) {
        if (event instanceof DrillStarted started) {
            return started.hospitalId();
        }
        return events.readEvents(event.drillId().toString()).asStream().findFirst()
                .map(first -> ((DrillStarted) first.getPayload()).hospitalId())
                .orElseThrow(() -> new IllegalStateException("Drill " + event.drillId() + " has no start"));
    }
}
