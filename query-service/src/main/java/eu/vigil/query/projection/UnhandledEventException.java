package eu.vigil.query.projection;

import eu.vigil.consumer.PermanentFailure;

/**
 * A projection met an event type it neither applies nor names as ignored: a new type must be decided on first.
 * The event is parked as a dead letter; once the projection decides, an administrator replays it.
 */
public class UnhandledEventException extends RuntimeException implements PermanentFailure {

    public UnhandledEventException(String projection, Object event) {
        super("Projection " + projection + " neither applies nor ignores " + event.getClass().getSimpleName()
                + ": decide what it means for the projection");
    }
}
