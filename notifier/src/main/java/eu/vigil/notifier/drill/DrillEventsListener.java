package eu.vigil.notifier.drill;

import eu.vigil.consumer.drill.DrillKeyring;
import eu.vigil.contracts.drill.DrillDeleted;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.notifier.sealed.SealedRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the hospital's drill events for the participants each drill names, and removes a drill on its deletion; the
 * drill's other events change nothing here. An unreadable record is parked as on the incident topic; a sealed record
 * of a deleted drill, whose key is gone, is skipped (ADR 0023).
 */
@Component
class DrillEventsListener {

    private final SealedRecords records;
    private final DrillParticipants participants;
    private final DrillDeletion deletion;
    private final DrillKeyring keyring;

    DrillEventsListener(SealedRecords records, DrillParticipants participants, DrillDeletion deletion,
                        DrillKeyring keyring) {
        this.records = records;
        this.participants = participants;
        this.deletion = deletion;
        this.keyring = keyring;
    }

    @KafkaListener(topics = "${vigil.topics.drill-events}")
    void on(ConsumerRecord<String, byte[]> record) {
        var opened = records.read(record, DrillEvent.class);
        if (opened.isEmpty()) {
            return;
        }
        var delivery = opened.get();
        try (var drill = MDC.putCloseable("drillId", delivery.aggregateId())) {
            if (delivery.payload() instanceof DrillStarted started) {
                participants.record(started);
            } else if (delivery.payload() instanceof DrillDeleted deleted) {
                // at once, before the key's tombstone reaches this keyring: no record of the drill opens from now on
                keyring.forget(deleted.drillId());
                deletion.delete(deleted.drillId());
            }
        }
    }
}
