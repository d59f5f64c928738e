package eu.vigil.publication;

import java.util.UUID;

/** The broker did not acknowledge an event in time, or refused it for now; the processor retries from its last token. */
public class PublicationFailedException extends RuntimeException {

    PublicationFailedException(UUID eventId, Throwable cause) {
        super("Kafka did not acknowledge event " + eventId + "; publication will retry", cause);
    }
}
