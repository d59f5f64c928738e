package eu.vigil.publication;

import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * The events of one batch of the publishing processor, sent in one Kafka transaction without waiting for each other
 * across aggregates, and settled in the order they were sent. An event waits for the previous event of its own
 * aggregate to be acknowledged before it is sent: one the broker refuses for good must never be overtaken by a later
 * one of its aggregate, and the refusal comes only with the broker's answer.
 */
final class PublicationBatch {

    /** One event sent, and whether its acknowledgement was checked. */
    private static final class Sent {
        final Publication event;
        final List<Future<RecordMetadata>> acknowledgement;
        boolean settled;

        Sent(Publication event, List<Future<RecordMetadata>> acknowledgement) {
            this.event = event;
            this.acknowledgement = acknowledgement;
        }
    }

    private final ParkingPublisher publisher;
    private final List<Sent> sent = new ArrayList<>();
    private final Map<String, Sent> lastOfAggregate = new HashMap<>();

    PublicationBatch(ParkingPublisher publisher) {
        this.publisher = publisher;
    }

    void add(Publication event) {
        var previous = lastOfAggregate.get(event.aggregateId());
        if (previous != null) {
            settle(previous);
        }
        var acknowledgement = publisher.sendUnlessParked(event);
        if (acknowledgement != null) {
            var next = new Sent(event, acknowledgement);
            sent.add(next);
            lastOfAggregate.put(event.aggregateId(), next);
        }
    }

    /** Waits for every acknowledgement; throws at the first send that failed. */
    void settleAll() {
        sent.forEach(this::settle);
    }

    List<Publication> sentEvents() {
        return sent.stream().map(each -> each.event).toList();
    }

    private void settle(Sent each) {
        if (!each.settled) {
            publisher.settle(each.event, each.acknowledgement);
            each.settled = true;
        }
    }
}
