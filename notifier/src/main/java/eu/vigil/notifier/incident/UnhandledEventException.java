package eu.vigil.notifier.incident;

/** A consumer met an event type it neither applies nor names as ignored: a new type must be decided on first. */
class UnhandledEventException extends RuntimeException {

    UnhandledEventException(String consumer, Object event) {
        super("Consumer " + consumer + " neither applies nor ignores " + event.getClass().getSimpleName()
                + ": decide what it means for the consumer");
    }
}
