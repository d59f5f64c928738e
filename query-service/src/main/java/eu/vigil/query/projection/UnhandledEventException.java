package eu.vigil.query.projection;

/** A projection met an event type it neither applies nor names as ignored: a new type must be decided on first. */
public class UnhandledEventException extends RuntimeException {

    public UnhandledEventException(String projection, Object event) {
        super("Projection " + projection + " neither applies nor ignores " + event.getClass().getSimpleName()
                + ": decide what it means for the projection");
    }
}
