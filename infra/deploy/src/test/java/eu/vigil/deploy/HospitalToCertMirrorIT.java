package eu.vigil.deploy;

import eu.vigil.embedded.KafkaServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

import static eu.vigil.deploy.HospitalPublisher.DRILL_EVENTS;
import static eu.vigil.deploy.HospitalPublisher.DRILL_SHARES;
import static eu.vigil.deploy.HospitalPublisher.EVENTS;
import static eu.vigil.deploy.HospitalPublisher.PERSONAL_DATA;
import static eu.vigil.deploy.HospitalPublisher.SHARES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hospital -> CERT link of infra/deploy/mirror (issue 18) between two real brokers, with MirrorMaker 2 run from
 * that file: the CERT receives each share and each drill share (ADR 0022) once, in order per incident, through a cut
 * link, and nothing private, not a drill's own events either.
 */
class HospitalToCertMirrorIT {

    private static final List<String> INCIDENTS = List.of(
            "0b6f2f0e-5a4e-4c61-9a57-1f0c6a0e1a01", "2d7c8e11-93b2-4e0f-8d0a-7c55f3b1e2b2",
            "5f1a9c3d-0e8b-4b7a-a1d2-3e4f5a6b7c83", "8a2b3c4d-5e6f-4a1b-9c2d-e3f4a5b6c7d4");
    /** An incident of a sector-wide drill (ADR 0022): its shares go to the drill share topic. */
    private static final String DRILL_INCIDENT = "d7111000-5a4e-4c61-9a57-1f0c6a0e1a05";
    // a transaction that the CERT's restart interrupts can hold the copying task for the producer's own timeouts
    // (a minute by default) before it aborts and copies again: the wait covers that and then some
    private static final Duration LINK_CATCHES_UP = Duration.ofSeconds(150);

    @TempDir
    Path storage;

    private KafkaServer hospital;
    private KafkaServer cert;
    private HospitalPublisher publisher;
    private MirrorLink link;
    private final Map<String, List<Integer>> published = new TreeMap<>();
    private final Map<String, List<Integer>> drillPublished = new TreeMap<>();

    @BeforeEach
    void startBothBrokers() {
        hospital = KafkaServer.start(storage.resolve("hospital"), 0, 0);
        cert = KafkaServer.start(storage.resolve("cert"), 0, 0);
        // each side creates its own topics: the services on the hospital's broker, the CERT on its own
        createTopics(hospital, SHARES, EVENTS, DRILL_SHARES, DRILL_EVENTS);
        createTopics(cert, SHARES, DRILL_SHARES);
        publisher = new HospitalPublisher(hospital.bootstrapServers());
    }

    @AfterEach
    void stopEverything() {
        if (link != null) {
            link.close();
        }
        publisher.close();
        cert.close();
        hospital.close();
    }

    @Test
    void givenSharesAndPrivateEventsAtTheHospital_whenTheLinkIsCutAndComesBack_thenTheCertHoldsEachShareOnceInOrderAndNothingElse() {
        publishRevisions(1, 3);
        publisher.abandon(INCIDENTS.get(0), 99);
        link = startLink();
        awaitCertHoldsWhatWasPublished();

        // the CERT's broker goes away; the hospital publishes on, its producer never waiting for the CERT
        cert.close();
        publishRevisions(4, 6);
        cert = KafkaServer.start(cert.logDirectory(), cert.port(), cert.controllerPort());
        awaitCertHoldsWhatWasPublished();

        // the link itself stops (the hospital's MirrorMaker restarts) and resumes where it stood
        link.close();
        publishRevisions(7, 8);
        publisher.abandon(INCIDENTS.get(1), 99);
        link = startLink();
        awaitCertHoldsWhatWasPublished();

        link.close();
        link = null;
        assertThat(BrokerContents.revisionsByIncident(cert.bootstrapServers(), SHARES))
                .as("once stopped, the link has left each share exactly once, in order")
                .isEqualTo(published);
        assertThat(BrokerContents.revisionsByIncident(cert.bootstrapServers(), DRILL_SHARES))
                .as("and each drill share, on the CERT's drill share topic only").isEqualTo(drillPublished);
        assertThat(BrokerContents.topics(hospital.bootstrapServers()))
                .as("the link writes nothing into the hospital's broker")
                .containsExactlyInAnyOrder(SHARES, EVENTS, DRILL_SHARES, DRILL_EVENTS);
        var certTopics = BrokerContents.topics(cert.bootstrapServers());
        assertThat(certTopics)
                .as("on the CERT: the shares, the link's own state, and the topic its heartbeat connector makes")
                .containsExactlyInAnyOrder(SHARES, DRILL_SHARES, "mm2-configs.h-brugge.internal",
                        "mm2-offsets.h-brugge.internal", "mm2-status.h-brugge.internal", "heartbeats");
        assertThat(certTopics).allSatisfy(topic -> assertThat(BrokerContents.records(cert.bootstrapServers(), topic))
                .as("records of %s on the CERT", topic)
                .noneMatch(record -> String.valueOf(record.value()).contains(PERSONAL_DATA)
                        || String.valueOf(record.key()).contains(PERSONAL_DATA)));
    }

    private MirrorLink startLink() {
        return MirrorLink.start(Map.of(
                "VIGIL_MIRROR_HOSPITAL_ID", "h-brugge",
                "VIGIL_MIRROR_HOSPITAL_BOOTSTRAP_SERVERS", hospital.bootstrapServers(),
                "VIGIL_MIRROR_CERT_BOOTSTRAP_SERVERS", cert.bootstrapServers()), 0);
    }

    private void publishRevisions(int first, int last) {
        IntStream.rangeClosed(first, last).forEach(revision -> INCIDENTS.forEach(incident -> {
            publisher.publish(incident, revision);
            published.computeIfAbsent(incident, id -> new ArrayList<>()).add(revision);
        }));
        IntStream.rangeClosed(first, last).forEach(revision -> {
            publisher.publishDrill(DRILL_INCIDENT, revision);
            drillPublished.computeIfAbsent(DRILL_INCIDENT, id -> new ArrayList<>()).add(revision);
        });
    }

    private void awaitCertHoldsWhatWasPublished() {
        await().atMost(LINK_CATCHES_UP).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .untilAsserted(() -> {
                    assertThat(BrokerContents.revisionsByIncident(cert.bootstrapServers(), SHARES))
                            .isEqualTo(published);
                    assertThat(BrokerContents.revisionsByIncident(cert.bootstrapServers(), DRILL_SHARES))
                            .isEqualTo(drillPublished);
                });
    }

    private static void createTopics(KafkaServer broker, String... topics) {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(Arrays.stream(topics).map(topic -> new NewTopic(topic, 3, (short) 1)).toList())
                    .all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create " + String.join(", ", topics), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
