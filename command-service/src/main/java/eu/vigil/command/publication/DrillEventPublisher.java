package eu.vigil.command.publication;

import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.eventstore.TopicSettings;
import eu.vigil.publication.ParkingPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Publishes each drill event to the hospital's drill topic, keyed by drill id, in the same tracking processor and with
 * the same guarantees as the incident events ({@link IncidentEventPublisher}): query-service scores the drill from
 * them (ADR 0022). The topic stays in the hospital: no mirror copies it.
 * <p>
 * A drill's events recorded before drill commands carried their sender (2026-12-07) name neither the hospital nor
 * the person: the hospital is then the drill's start's, and the actor the drill itself.
 */
@Component
@ProcessingGroup(IncidentEventPublisher.PROCESSING_GROUP)
public class DrillEventPublisher {

    static final Actor UNRECORDED_SENDER = Actor.system("drill");

    private final ParkingPublisher publisher;
    private final TopicSettings topics;
    private final EventStore events;

    DrillEventPublisher(ParkingPublisher publisher, TopicSettings topics, EventStore events) {
        this.publisher = publisher;
        this.topics = topics;
        this.events = events;
    }

    @EventHandler
    void publish(DrillEvent event, DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        boolean sent = metaData.containsKey(CommandMetaData.HOSPITAL_ID);
        var envelope = Envelopes.of(event, event.schemaVersion(),
                sent ? CommandMetaData.hospital(metaData) : hospitalOf(event),
                sent ? CommandMetaData.actor(metaData) : UNRECORDED_SENDER, message);
        publisher.publish(Envelopes.record(topics.drillEvents(), envelope, message), envelope.eventId(),
                envelope.aggregateId(), envelope.type(), envelope.aggregateSequence());
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
