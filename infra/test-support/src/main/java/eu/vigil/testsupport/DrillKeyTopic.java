package eu.vigil.testsupport;

import eu.vigil.contracts.drill.DrillKey;

import java.util.UUID;

/**
 * A drill's key on a test's key topic ({@code vigil.topics.drill-keys}), as command-service sends it before the
 * drill's first record (ADR 0023): a service that seals a drill's records with it, such as the notifier its
 * obligations', waits for it otherwise.
 */
public final class DrillKeyTopic {

    private DrillKeyTopic() {
    }

    /** A new drill's id, its key sent to the key topic. */
    public static UUID drillWithKey(String bootstrapServers, String keyTopic) {
        UUID drillId = UUID.randomUUID();
        sendKey(bootstrapServers, keyTopic, DrillKey.generate(drillId));
        return drillId;
    }

    /** Sends the key, keyed by its drill. */
    public static void sendKey(String bootstrapServers, String keyTopic, DrillKey key) {
        new IncidentTopic(bootstrapServers, keyTopic).send(key.drillId().toString(), key.bytes());
    }
}
