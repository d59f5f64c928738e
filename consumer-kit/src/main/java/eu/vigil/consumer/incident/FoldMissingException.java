package eu.vigil.consumer.incident;

import eu.vigil.consumer.PermanentFailure;

/**
 * A consumer's row of an incident was written before the consumer kept the incident's folded state beside it:
 * the incident's events park until the read model is rebuilt from the topic.
 */
public class FoldMissingException extends RuntimeException implements PermanentFailure {

    FoldMissingException() {
        super("This incident's row was written before its folded state was kept: rebuild the read model from the "
                + "topic, then replay this dead letter");
    }
}
