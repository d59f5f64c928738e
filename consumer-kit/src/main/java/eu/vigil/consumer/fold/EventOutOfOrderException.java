package eu.vigil.consumer.fold;

import eu.vigil.consumer.PermanentFailure;
import eu.vigil.contracts.EventEnvelope;

/**
 * An aggregate's event (an incident's, an obligation's) arrived before an earlier one of the same aggregate was
 * folded in, usually because the earlier one is parked: this one parks too. Replaying the aggregate's dead letters
 * oldest first folds them all.
 */
public class EventOutOfOrderException extends RuntimeException implements PermanentFailure {

    EventOutOfOrderException(EventEnvelope<?> delivery, long lastFolded) {
        super("Event " + delivery.aggregateSequence() + " of " + delivery.aggregateId()
                + " arrived, but " + (lastFolded < 0 ? "none of its events" : "only its events up to " + lastFolded)
                + " were folded in: replay its earlier dead letters first");
    }
}
