package eu.vigil.command.publication;

import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.Topics;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.eventstore.TopicSettings;
import eu.vigil.publication.ParkingPublisher;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.UUID;

/**
 * Publishes each incident event from the event store to Kafka, keyed by incident id, through publication-kit's
 * {@link ParkingPublisher}: in a tracking processor that sends a batch of events at once and stores its token only
 * after the broker acknowledged all of them, so at least once and in order per incident. A failure propagates
 * (eventstore-kit) and the processor retries the batch, unless the broker refuses an event for good: then it is
 * parked in {@code incident.publication_dead_letter}, with every later event of its incident behind it, and
 * publication goes on. Each record carries the trace of the request that recorded its event ({@link EventTrace}).
 * <p>
 * A share and its withdrawal also go, in the same Kafka transaction, to the share topic, which leaves the hospital
 * (ADR 0021): there the envelope names no person, only that the hospital shared. A drill's incident never
 * reaches it (ADR 0022): its events carry the drill in their metadata from the report on ({@code exercise}, stored
 * with them, so it holds after a restart and in a replay), and its shares go, as sanitised, to the drill share topic
 * instead, which the real feed never reads.
 * <p>
 * A drill's incident's record on the incident topic is sealed with the drill's key (ADR 0023, {@link DrillSealing});
 * its drill share stays in the clear (sanitised, it names no person). An event of a deleted drill's incident is not
 * published at all.
 */
@Component
@ProcessingGroup(IncidentEventPublisher.PROCESSING_GROUP)
public class IncidentEventPublisher {

    public static final String PROCESSING_GROUP = ParkingPublisher.PROCESSING_GROUP;

    /** Who shared, as the share topic says it: the hospital, never the officer who did. */
    public static final Actor SHARED_BY_THE_HOSPITAL = Actor.system("hospital");

    private static final Logger log = LoggerFactory.getLogger(IncidentEventPublisher.class);

    private final ParkingPublisher publisher;
    private final TopicSettings topics;
    private final DrillSealing sealing;

    IncidentEventPublisher(ParkingPublisher publisher, TopicSettings topics, DrillSealing sealing) {
        this.publisher = publisher;
        this.topics = topics;
        this.sealing = sealing;
    }

    @EventHandler
    void publish(IncidentEvent event, DomainEventMessage<?> message) {
        var envelope = envelope(event, message);
        var record = Envelopes.record(topics.incidentEvents(), envelope, message);
        boolean ofADrill = CommandMetaData.ofADrill(message.getMetaData());
        if (ofADrill) {
            UUID drill = UUID.fromString(message.getMetaData().get(CommandMetaData.EXERCISE).toString());
            var key = sealing.keyFor(drill, false, message);
            if (key.isEmpty()) {
                log.warn("Event {} of deleted drill {}'s incident not published", envelope.eventId(), drill);
                return;
            }
            record = SealedRecords.sealed(record, key.get());
        }
        var records = new ArrayList<ProducerRecord<String, byte[]>>();
        records.add(record);
        if (Topics.isShare(event)) {
            String shares = ofADrill ? topics.drillShares() : topics.incidentShares();
            records.add(Envelopes.record(shares, withoutThePerson(envelope), message));
        }
        publisher.publish(records, envelope.eventId(), envelope.aggregateId(), envelope.type(),
                envelope.aggregateSequence());
    }

    private static EventEnvelope<IncidentEvent> withoutThePerson(EventEnvelope<IncidentEvent> envelope) {
        return new EventEnvelope<>(envelope.eventId(), envelope.type(), envelope.schemaVersion(),
                envelope.aggregateId(), envelope.aggregateSequence(), envelope.hospitalId(), envelope.occurredAt(),
                SHARED_BY_THE_HOSPITAL, envelope.payload());
    }

    private static EventEnvelope<IncidentEvent> envelope(IncidentEvent event, DomainEventMessage<?> message) {
        return Envelopes.of(event, event.schemaVersion(), CommandMetaData.hospital(message.getMetaData()),
                CommandMetaData.actor(message.getMetaData()), message);
    }
}
