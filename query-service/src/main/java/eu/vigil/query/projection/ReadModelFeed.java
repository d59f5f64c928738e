package eu.vigil.query.projection;

import java.util.List;

/**
 * A read model and the Kafka listener that feeds it: what a rebuild needs to fill the model's tables anew from its
 * topic beside the live ones. The rebuild finds the listener's topic and consumer group through its id.
 */
public interface ReadModelFeed {

    /** The read model's name, as an administrator asks for it: {@code register}, {@code timeline}, ... */
    String readModel();

    /** The id of the {@code @KafkaListener} that feeds the live tables. */
    String listenerId();

    /** The model's tables in the {@code query} schema; the projection writes no other. */
    List<String> tables();

    /** Applies records of the topic, in their order, to the target's tables in the caller's transaction. */
    void applyAll(List<byte[]> records, Target target);
}
