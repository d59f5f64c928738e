package eu.vigil.consumer.fold;

import eu.vigil.consumer.PermanentFailure;

/**
 * A consumer's row was written before the consumer kept the aggregate's folded state beside it: the aggregate's
 * events park until the read model is rebuilt from the topic.
 */
public class FoldMissingException extends RuntimeException implements PermanentFailure {

    FoldMissingException() {
        super("This row was written before its folded state was kept: rebuild the read model from the topic, then "
                + "replay this dead letter");
    }
}
