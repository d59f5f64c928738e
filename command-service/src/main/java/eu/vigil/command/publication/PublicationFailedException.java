package eu.vigil.command.publication;

/** The broker did not acknowledge an event in time; the processor retries from its last token. */
class PublicationFailedException extends RuntimeException {

    PublicationFailedException(String eventId, Throwable cause) {
        super("Kafka did not acknowledge event " + eventId + "; publication will retry", cause);
    }
}
