package eu.vigil.consumer;

/**
 * Marks an exception that the same record will raise on every attempt (an event type a projection has not decided
 * on, say): consumer-kit parks the record after a few quick retries instead of retrying it for ever.
 */
public interface PermanentFailure {
}
