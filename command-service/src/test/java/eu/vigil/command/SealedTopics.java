package eu.vigil.command;

import eu.vigil.contracts.drill.DrillKey;
import eu.vigil.contracts.drill.DrillSeal;
import eu.vigil.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drill records on the topics as a consumer reads them (ADR 0023): opened with the keys of the key topic. */
public final class SealedTopics {

    private static final Duration QUIET = Duration.ofMillis(300);

    private SealedTopics() {
    }

    /** The key topic's records, in order: each a key, or a tombstone (null value). */
    public static List<ConsumerRecord<String, byte[]>> keyRecords(String bootstrapServers, String keyTopic) {
        return TopicRecords.readAll(bootstrapServers, keyTopic, QUIET);
    }

    /** The keys the key topic holds now: the last record of each drill, none after a tombstone. */
    public static Map<UUID, DrillKey> keys(String bootstrapServers, String keyTopic) {
        var keys = new HashMap<UUID, DrillKey>();
        for (var record : keyRecords(bootstrapServers, keyTopic)) {
            UUID drill = UUID.fromString(record.key());
            if (record.value() == null) {
                keys.remove(drill);
            } else {
                keys.put(drill, DrillKey.of(drill, record.value()));
            }
        }
        return keys;
    }

    /** The topic's records with each sealed one opened by its drill's key from the key topic. */
    public static List<byte[]> opened(String bootstrapServers, String topic, String keyTopic) {
        var records = TopicRecords.readAll(bootstrapServers, topic, QUIET);
        var keys = keys(bootstrapServers, keyTopic);
        return records.stream().map(record -> open(record.value(), keys)).toList();
    }

    /** The record in the clear: itself when it is, else opened with its drill's key, which must be there. */
    public static byte[] open(byte[] record, Map<UUID, DrillKey> keys) {
        return DrillSeal.drillOf(record).map(drill -> {
            DrillKey key = keys.get(drill);
            if (key == null) {
                throw new AssertionError("The key topic holds no key of drill " + drill);
            }
            return DrillSeal.open(record, key);
        }).orElse(record);
    }
}
