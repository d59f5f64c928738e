package eu.vigil.query;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.testsupport.IncidentEvents;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

/** Records in {@code query.dead_letter} as if an earlier release had parked them: what replay tests start from. */
final class ParkedRecords {

    private ParkedRecords() {
    }

    /** A report of Brugge with this summary: with a NUL in it, PostgreSQL refuses it on every attempt. */
    static EventEnvelope<IncidentEvent> reportedWithSummary(IncidentId incident, String summary, Instant aware) {
        return IncidentEvents.envelope(new IncidentReported(incident, HospitalId.of("h-brugge"), summary,
                aware.minusSeconds(600), aware, RsitCategory.FRAUD_PHISHING, YesNoUnknown.UNKNOWN, null));
    }

    /** Parks the event as the register's consumer group would have, at an offset no real record has; its id. */
    static long park(JdbcClient jdbc, String group, String topic, EventEnvelope<IncidentEvent> delivery) {
        return jdbc.sql("""
                        insert into query.dead_letter (consumer_group, topic, kafka_partition, kafka_offset,
                               record_key, event_id, event_type, record_value, reason_class, reason)
                        values (:group, :topic, 0, :offset, :key, :eventId, 'IncidentReported', :value,
                                'eu.vigil.query.projection.UnhandledEventException', 'not decided yet')
                        returning id""")
                .param("group", group).param("topic", topic).param("offset", 1_000_000 + (long) (Math.random() * 1e9))
                .param("key", delivery.aggregateId()).param("eventId", delivery.eventId())
                .param("value", EventJson.write(delivery)).query(Long.class).single();
    }
}
