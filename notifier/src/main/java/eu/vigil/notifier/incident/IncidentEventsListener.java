package eu.vigil.notifier.incident;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the incident events to the recorder; the offset is committed only after the recorder's transaction. */
@Component
class IncidentEventsListener {

    private static final byte[] NO_BYTES = {};

    private final SeenIncidentRecorder recorder;

    IncidentEventsListener(SeenIncidentRecorder recorder) {
        this.recorder = recorder;
    }

    @KafkaListener(topics = "${vigil.topics.incident-events}")
    void on(ConsumerRecord<String, byte[]> record) {
        // a tombstone (null value) is as unreadable as garbage and is parked the same way
        var delivery = EventJson.read(record.value() == null ? NO_BYTES : record.value(), IncidentEvent.class);
        try (var incident = MDC.putCloseable("incidentId", delivery.aggregateId());
             var event = MDC.putCloseable("eventId", delivery.eventId().toString())) {
            recorder.apply(delivery);
        }
    }
}
