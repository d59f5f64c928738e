package eu.vigil.deploy;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static eu.vigil.deploy.HospitalPublisher.DRILL_EVENTS;
import static eu.vigil.deploy.HospitalPublisher.DRILL_SHARES;
import static eu.vigil.deploy.HospitalPublisher.EVENTS;
import static eu.vigil.deploy.HospitalPublisher.SHARES;
import static eu.vigil.deploy.LinkBrokers.CERT_USER;
import static eu.vigil.deploy.LinkBrokers.HOSPITAL_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The share link (issue 18) between two brokers that authenticate every client and authorise it by ACL: the link's
 * users hold exactly the ACLs of mirror/link-acls.txt, and MirrorMaker connects with the mirror file's own listener
 * lines (SASL_SSL, SCRAM-SHA-512, a PEM truststore). It copies every share once with those ACLs, over TLS, and they
 * let it do nothing else.
 */
class HospitalToCertLinkAclsIT {

    /** Another hospital whose id begins with the link's (h-brugge): a prefixed ACL ending at the id would cover it. */
    private static final String OTHER_HOSPITAL_ID = "h-brugge-west";
    /** A topic of the CERT's own, which no link writes. */
    private static final String CERT_TOPIC = "vigil.notification-events";
    private static final List<String> INCIDENTS = List.of(
            "0b6f2f0e-5a4e-4c61-9a57-1f0c6a0e1a01", "2d7c8e11-93b2-4e0f-8d0a-7c55f3b1e2b2",
            "5f1a9c3d-0e8b-4b7a-a1d2-3e4f5a6b7c83");
    private static final String DRILL_INCIDENT = "d7111000-5a4e-4c61-9a57-1f0c6a0e1a05";
    // a transaction that the CERT's restart interrupts can hold the copying task for the producer's own timeouts
    // (a minute by default) before it aborts and copies again: the wait covers that and then some
    private static final Duration LINK_CATCHES_UP = Duration.ofSeconds(150);

    @TempDir
    Path storage;

    private LinkBrokers brokers;
    private SaslBroker cert;
    private HospitalPublisher publisher;
    private MirrorLink link;
    private final Map<String, List<Integer>> published = new TreeMap<>();
    private final Map<String, List<Integer>> drillPublished = new TreeMap<>();

    @BeforeEach
    void startBothBrokersWithTheLinksAcls() {
        brokers = LinkBrokers.start(storage, CERT_TOPIC, "mm2-configs." + OTHER_HOSPITAL_ID + ".internal",
                "mm2-offsets." + OTHER_HOSPITAL_ID + ".internal", "mm2-status." + OTHER_HOSPITAL_ID + ".internal");
        cert = brokers.cert();
        publisher = new HospitalPublisher(brokers.hospital().superUser());
    }

    @AfterEach
    void stopEverything() {
        if (link != null) {
            link.close();
        }
        if (publisher != null) {
            publisher.close();
        }
        if (brokers != null) {
            brokers.close();
        }
    }

    @Test
    void givenTheLinksAclsOnBothSides_whenTheLinkRunsAndRestarts_thenTheCertHoldsEachShareAndDrillShareOnce() {
        try (var denials = AuthorizerDenials.record()) {
            publishRevisions(1, 2);
            link = brokers.startLink();
            awaitCertHoldsWhatWasPublished();

            link.close();
            publishRevisions(3, 4);
            link = brokers.startLink();
            awaitCertHoldsWhatWasPublished();

            link.close();
            link = null;
            assertThat(denials.of("User:" + HOSPITAL_USER)).as("requests of the link refused at the hospital").isEmpty();
            assertThat(denials.of("User:" + CERT_USER)).as("requests of the link refused at the CERT").isEmpty();
        }
        assertThat(BrokerContents.revisionsByIncident(cert.superUser(), SHARES)).isEqualTo(published);
        assertThat(BrokerContents.revisionsByIncident(cert.superUser(), DRILL_SHARES)).isEqualTo(drillPublished);
        assertThat(BrokerContents.topics(cert.superUser()))
                .as("the link made its own state topics with its ACLs")
                .contains("mm2-configs.h-brugge.internal", "mm2-offsets.h-brugge.internal",
                        "mm2-status.h-brugge.internal");
    }

    @Test
    void givenTheLinksAclsAtTheHospital_whenItsUserReachesForThePrivateTopics_thenTheBrokerRefuses() {
        assertThat(BrokerContents.topics(linkAtHospital()))
                .as("the link's user sees only the share topics").containsExactlyInAnyOrder(SHARES, DRILL_SHARES);
        for (String privateTopic : List.of(EVENTS, DRILL_EVENTS)) {
            assertThatThrownBy(() -> readFirstPartition(linkAtHospital(), privateTopic))
                    .as("reading %s", privateTopic).isInstanceOf(TopicAuthorizationException.class);
            try (var admin = Admin.create(linkAtHospital())) {
                assertThatThrownBy(() -> admin.describeTopics(List.of(privateTopic)).allTopicNames().get())
                        .as("describing %s", privateTopic).hasCauseInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void givenTheLinksAclsAtTheCert_whenItsUserGoesBeyondItsOwnShareWritingAndState_thenTheBrokerRefuses() {
        for (String topic : List.of(CERT_TOPIC, "mm2-configs." + OTHER_HOSPITAL_ID + ".internal",
                "mm2-offsets." + OTHER_HOSPITAL_ID + ".internal", "mm2-status." + OTHER_HOSPITAL_ID + ".internal")) {
            assertThatThrownBy(() -> write(linkAtCert(), topic)).as("writing %s", topic)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (var admin = Admin.create(linkAtCert())) {
            assertThatThrownBy(() -> admin.createTopics(List.of(new NewTopic(
                    "mm2-offsets." + OTHER_HOSPITAL_ID + ".other", 1, (short) 1))).all().get())
                    .as("creating another hospital's state topic")
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThatThrownBy(() -> readFirstPartition(linkAtCert(), SHARES))
                .as("reading the shares of every hospital").isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> beginTransaction(linkAtCert(), "mm2-" + OTHER_HOSPITAL_ID + "-MirrorSourceConnector-0"))
                .as("taking another hospital's link's transactional id")
                .isInstanceOf(TransactionalIdAuthorizationException.class);
    }

    private Map<String, Object> linkAtHospital() {
        return brokers.linkAtHospital();
    }

    private Map<String, Object> linkAtCert() {
        return brokers.linkAtCert();
    }

    private void publishRevisions(int first, int last) {
        IntStream.rangeClosed(first, last).forEach(revision -> {
            INCIDENTS.forEach(incident -> {
                publisher.publish(incident, revision);
                published.computeIfAbsent(incident, id -> new ArrayList<>()).add(revision);
            });
            publisher.publishDrill(DRILL_INCIDENT, revision);
            drillPublished.computeIfAbsent(DRILL_INCIDENT, id -> new ArrayList<>()).add(revision);
        });
    }

    private void awaitCertHoldsWhatWasPublished() {
        await().atMost(LINK_CATCHES_UP).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .untilAsserted(() -> {
                    assertThat(BrokerContents.revisionsByIncident(cert.superUser(), SHARES)).isEqualTo(published);
                    assertThat(BrokerContents.revisionsByIncident(cert.superUser(), DRILL_SHARES))
                            .isEqualTo(drillPublished);
                });
    }

    private static void readFirstPartition(Map<String, Object> client, String topic) {
        try (var consumer = new KafkaConsumer<>(client, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
            consumer.poll(Duration.ofSeconds(10));
        }
    }

    private static void write(Map<String, Object> client, String topic) throws Exception {
        var settings = new HashMap<>(client);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "value")).get();
        }
    }

    private static void beginTransaction(Map<String, Object> client, String transactionalId) {
        var settings = new HashMap<>(client);
        settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
        }
    }
}
