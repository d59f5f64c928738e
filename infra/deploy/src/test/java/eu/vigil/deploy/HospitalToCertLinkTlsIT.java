package eu.vigil.deploy;

import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static eu.vigil.deploy.HospitalPublisher.DRILL_SHARES;
import static eu.vigil.deploy.HospitalPublisher.SHARES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The share link's TLS towards the CERT (issue 18), with the mirror file's own lines (SASL_SSL, SCRAM-SHA-512, a PEM
 * truststore): a link whose truststore holds another CA than the one that signed the CERT's broker certificate fails
 * its TLS handshake and leaves nothing at the CERT; given the CERT's CA, the same link copies every share.
 */
class HospitalToCertLinkTlsIT {

    private static final String INCIDENT = "0b6f2f0e-5a4e-4c61-9a57-1f0c6a0e1a01";
    private static final String DRILL_INCIDENT = "d7111000-5a4e-4c61-9a57-1f0c6a0e1a05";
    private static final Duration LINK_CATCHES_UP = Duration.ofSeconds(60);

    @TempDir
    Path storage;

    private LinkBrokers brokers;
    private HospitalPublisher publisher;
    private MirrorLink link;

    @BeforeEach
    void startBothBrokersWithTheLinksAcls() {
        brokers = LinkBrokers.start(storage);
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
    void givenALinkTrustingAnotherCa_whenItStarts_thenTheTlsHandshakeFailsAndNoShareArrivesTillItTrustsTheCertsCa() {
        publisher.publish(INCIDENT, 1);
        publisher.publishDrill(DRILL_INCIDENT, 1);
        Path anotherCa = CertificateAuthority.create("Another test CA")
                .writeCertificate(storage.resolve("another-ca.pem"));

        Throwable refused = catchThrowable(() -> link = brokers.startLink(anotherCa));

        // MirrorMaker asks the CERT's broker for its cluster id as it sets up: connect-mirror-maker.sh would exit there
        assertThat(refused).as("the link's start").isInstanceOf(ConnectException.class)
                .hasMessageContaining("Failed to connect to and describe Kafka cluster")
                .cause().isInstanceOf(ExecutionException.class)
                .cause().as("the CERT's broker, reached").isInstanceOf(SslAuthenticationException.class)
                .cause().as("its certificate, checked").isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("unable to find valid certification path to requested target");
        var cert = brokers.cert();
        assertThat(BrokerContents.records(cert.superUser(), SHARES)).as("shares at the CERT").isEmpty();
        assertThat(BrokerContents.records(cert.superUser(), DRILL_SHARES)).as("drill shares at the CERT").isEmpty();
        assertThat(BrokerContents.topics(cert.superUser())).as("topics at the CERT: none of the link's state")
                .containsExactlyInAnyOrder(SHARES, DRILL_SHARES);

        link = brokers.startLink(cert.caCertificate());

        await().atMost(LINK_CATCHES_UP).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            assertThat(BrokerContents.revisionsByIncident(cert.superUser(), SHARES))
                    .isEqualTo(Map.of(INCIDENT, List.of(1)));
            assertThat(BrokerContents.revisionsByIncident(cert.superUser(), DRILL_SHARES))
                    .isEqualTo(Map.of(DRILL_INCIDENT, List.of(1)));
        });
    }
}
