package eu.vigil.publication;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a record the broker will never accept (too large for the topic, invalid, not serialisable) from a failure
 * that passes once the broker is back (timeouts, leader elections, an outage): only the first is parked.
 */
final class BrokerRefusals {

    private BrokerRefusals() {
    }

    /** The cause that makes the broker refuse this record for good, or null when retrying may succeed. */
    static Throwable forGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException || cause instanceof SerializationException) {
                return cause;
            }
        }
        return null;
    }
}
