package eu.vigil.consumer.incident;

import eu.vigil.consumer.PermanentFailure;
import eu.vigil.contracts.EventEnvelope;

/**
 * An incident's event arrived before an earlier one of the same incident was folded in, usually because the
 * earlier one is parked: this one parks too. Replaying the incident's dead letters oldest first folds them all.
 */
public class EventOutOfOrderException extends RuntimeException implements PermanentFailure {

    EventOutOfOrderException(EventEnvelope<?> delivery, long lastFolded) {
        super("Event " + delivery.aggregateSequence() + " of incident " + delivery.aggregateId()
                + " arrived, but " + (lastFolded < 0 ? "none of its events" : "only its events up to " + lastFolded)
                + " were folded in: replay this incident's earlier dead letters first");
    }
}
