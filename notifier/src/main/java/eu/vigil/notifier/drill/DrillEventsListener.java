package eu.vigil.notifier.drill;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillStarted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the hospital's drill events for the participants each drill names; the drill's other events change nothing
 * here. An unreadable record is parked as on the incident topic.
 */
@Component
class DrillEventsListener {

    private static final byte[] NO_BYTES = {};

    private final DrillParticipants participants;

    DrillEventsListener(DrillParticipants participants) {
        this.participants = participants;
    }

    @KafkaListener(topics = "${vigil.topics.drill-events}")
    void on(ConsumerRecord<String, byte[]> record) {
        var delivery = EventJson.read(record.value() == null ? NO_BYTES : record.value(), DrillEvent.class);
        try (var drill = MDC.putCloseable("drillId", delivery.aggregateId())) {
            if (delivery.payload() instanceof DrillStarted started) {
                participants.record(started);
            }
        }
    }
}
