package eu.vigil.publication;

import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * The events of one batch of the publishing processor, sent in one Kafka transaction without waiting for each other,
 * and settled in the order they were sent. A later event of an aggregate may be acknowledged before an earlier one
 * the broker refuses for good, but never seen: settling stops at the refusal, the transaction is aborted, and the
 * retried batch parks the refused event and every later one of its aggregate behind it ({@link ParkingPublisher}).
 * Waiting for each aggregate's previous answer instead cost a broker round trip per event of an aggregate that has
 * several in the batch (docs/benchmarks.md, the whole stack).
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
    // whether any event is parked: read once a batch, so that the lookup of an aggregate's parked event runs per event
    // only then (only this processor parks, and it parks within its batch)
    private Boolean anyParked;

    PublicationBatch(ParkingPublisher publisher) {
        this.publisher = publisher;
    }

    void add(Publication event) {
        var acknowledgement = publisher.sendUnlessParked(event, this);
        if (acknowledgement != null) {
            sent.add(new Sent(event, acknowledgement));
        }
    }

    boolean anyParked(BooleanSupplier readOnce) {
        if (anyParked == null) {
            anyParked = readOnce.getAsBoolean();
        }
        return anyParked;
    }

    void parked() {
        anyParked = true;
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
