package eu.vigil.notifier.sealed;

import eu.vigil.consumer.drill.DrillKeyring;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads a record of {@code vigil.incident-events}, {@code vigil.incident-shares} or {@code vigil.drill-events} as
 * its envelope, every listener of them alike: a record in the clear as it is, a drill's sealed one opened with the
 * drill's key from consumer-kit's {@link DrillKeyring}.
 */
@Component
public class SealedRecords {

    private static final byte[] NO_BYTES = {};

    private final DrillKeyring keyring;

    SealedRecords(DrillKeyring keyring) {
        this.keyring = keyring;
    }

    /**
     * The record's envelope; empty when it belongs to a deleted drill, whose key is gone: the listener skips it as
     * applied, it is never parked.
     *
     * @throws EventJson.UnreadableEventException when it is no envelope of the family, a tombstone (null value), or
     *                                            sealed but does not open (altered, or sealed with another key):
     *                                            consumer-kit parks it
     */
    public <E> Optional<EventEnvelope<E>> read(ConsumerRecord<String, byte[]> record, Class<E> family) {
        byte[] value = record.value() == null ? NO_BYTES : record.value();
        return keyring.open(value).map(opened -> EventJson.read(opened, family));
    }
}
