package eu.vigil.deploy;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

/**
 * The hospital's side as publication-kit writes it: one Kafka transaction per change, the share on the share topic
 * and the private event, with personal data, on the event topic, both keyed by incident id.
 */
final class HospitalPublisher implements AutoCloseable {

    static final String SHARES = "vigil.incident-shares";
    static final String EVENTS = "vigil.incident-events";
    /** A drill's incident's shares (ADR 0022), copied for a sector-wide drill, and the drill's own events, never. */
    static final String DRILL_SHARES = "vigil.drill-shares";
    static final String DRILL_EVENTS = "vigil.drill-events";
    /** Only private events carry it: found on the CERT's broker, it would mean private data left the hospital. */
    static final String PERSONAL_DATA = "jan.peeters@az-brugge.example";

    private final KafkaProducer<String, String> producer;

    HospitalPublisher(String bootstrapServers) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** @param client the bootstrap servers and the client's credentials, if the broker asks for them */
    HospitalPublisher(Map<String, Object> client) {
        var settings = new HashMap<>(client);
        settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "vigil-publication-test");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
        producer.initTransactions();
    }

    /** Commits the share of one revision of an incident with its private event; throws if the broker refused. */
    void publish(String incidentId, int revision) {
        producer.beginTransaction();
        send(incidentId, revision, SHARES);
        producer.commitTransaction();
    }

    /**
     * Commits the share of one revision of a drill's incident: its private event, a private event of its drill, and
     * the share on the drill share topic.
     */
    void publishDrill(String incidentId, int revision) {
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(DRILL_EVENTS, incidentId, """
                {"drillOf":"%s","startedBy":"%s"}""".formatted(incidentId, PERSONAL_DATA)));
        send(incidentId, revision, DRILL_SHARES);
        producer.commitTransaction();
    }

    /** A transaction that never commits, as when a publication fails half-way: no consumer may see it. */
    void abandon(String incidentId, int revision) {
        producer.beginTransaction();
        send(incidentId, revision, SHARES);
        producer.flush();
        producer.abortTransaction();
    }

    private void send(String incidentId, int revision, String shareTopic) {
        producer.send(new ProducerRecord<>(EVENTS, incidentId, """
                {"incidentId":"%s","revision":%d,"reportedBy":"%s"}""".formatted(incidentId, revision, PERSONAL_DATA)));
        producer.send(new ProducerRecord<>(shareTopic, incidentId, """
                {"incidentId":"%s","revision":%d}""".formatted(incidentId, revision)));
    }

    @Override
    public void close() {
        producer.close();
    }
}
