package eu.vigil.notifier.incident;

import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.notifier.sealed.SealedRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the incident events to the recorder; the offset is committed only after the recorder's transaction. A record
 * of a deleted drill's incident, whose key is gone, is skipped (ADR 0023).
 */
@Component
class IncidentEventsListener {

    private final SealedRecords records;
    private final SeenIncidentRecorder recorder;

    IncidentEventsListener(SealedRecords records, SeenIncidentRecorder recorder) {
        this.records = records;
        this.recorder = recorder;
    }

    @KafkaListener(topics = "${vigil.topics.incident-events}")
    void on(ConsumerRecord<String, byte[]> record) {
        // a tombstone (null value) is as unreadable as garbage and is parked the same way
        var opened = records.read(record, IncidentEvent.class);
        if (opened.isEmpty()) {
            return;
        }
        var delivery = opened.get();
        try (var incident = MDC.putCloseable("incidentId", delivery.aggregateId());
             var event = MDC.putCloseable("eventId", delivery.eventId().toString())) {
            recorder.apply(delivery);
        }
    }
}
