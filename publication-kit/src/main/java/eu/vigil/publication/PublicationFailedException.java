package eu.vigil.publication;

import java.util.UUID;

/** The broker did not acknowledge or commit in time, or refused for now; the processor retries from its last token. */
public class PublicationFailedException extends RuntimeException {

    PublicationFailedException(UUID eventId, Throwable cause) {
        super("Kafka did not acknowledge event " + eventId + "; publication will retry", cause);
    }

    /** The batch's Kafka transaction did not commit. */
    PublicationFailedException(Throwable cause) {
        super("Kafka did not commit the batch's transaction; publication will retry", cause);
    }
}
