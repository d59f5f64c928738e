package eu.vigil.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static eu.vigil.deploy.HospitalPublisher.DRILL_EVENTS;
import static eu.vigil.deploy.HospitalPublisher.DRILL_SHARES;
import static eu.vigil.deploy.HospitalPublisher.EVENTS;
import static eu.vigil.deploy.HospitalPublisher.SHARES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two brokers of the share link (issue 18) as a hospital and the CERT run them: each with a TLS listener whose
 * certificate a CA of its own signed, SCRAM users and an authorizer, the link's user on each side holding exactly the
 * ACLs of mirror/link-acls.txt; and MirrorMaker between them with the mirror file's own listener lines.
 */
final class LinkBrokers implements AutoCloseable {

    static final String HOSPITAL_ID = "h-brugge";
    static final String CERT_USER = "mirror-h-brugge";
    static final String HOSPITAL_USER = "mirror";
    private static final String CERT_PASSWORD = "cert-secret";
    private static final String HOSPITAL_PASSWORD = "hospital-secret";

    private final Path storage;
    private SaslBroker hospital;
    private SaslBroker cert;

    private LinkBrokers(Path storage) {
        this.storage = storage;
    }

    /**
     * @param certTopics topics the CERT creates beside the two share topics
     */
    static LinkBrokers start(Path storage, String... certTopics) {
        var brokers = new LinkBrokers(storage);
        try {
            brokers.startWithTheLinksAcls(certTopics);
            return brokers;
        } catch (RuntimeException | Error e) {
            brokers.close();
            throw e;
        }
    }

    private void startWithTheLinksAcls(String... certTopics) {
        hospital = SaslBroker.start(storage.resolve("hospital"), CertificateAuthority.create("Hospital test CA"));
        cert = SaslBroker.start(storage.resolve("cert"), CertificateAuthority.create("CERT test CA"));
        hospital.createTopics(SHARES, EVENTS, DRILL_SHARES, DRILL_EVENTS);
        cert.createTopics(SHARES, DRILL_SHARES);
        if (certTopics.length > 0) {
            cert.createTopics(certTopics);
        }
        hospital.createUser(HOSPITAL_USER, HOSPITAL_PASSWORD);
        cert.createUser(CERT_USER, CERT_PASSWORD);
        LinkAcls.grant(hospital, "hospital", HOSPITAL_ID, HOSPITAL_USER, storage.resolve("hospital-admin.properties"));
        LinkAcls.grant(cert, "cert", HOSPITAL_ID, CERT_USER, storage.resolve("cert-admin.properties"));
        // the users and ACLs reach the broker's authorizer through its metadata log, a moment after the answer
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertThat(BrokerContents.topics(linkAtHospital())).contains(SHARES);
            assertThat(BrokerContents.topics(linkAtCert())).contains(SHARES);
        });
    }

    SaslBroker hospital() {
        return hospital;
    }

    SaslBroker cert() {
        return cert;
    }

    /** Client settings of the link's user at the hospital. */
    Map<String, Object> linkAtHospital() {
        return hospital.user(HOSPITAL_USER, HOSPITAL_PASSWORD);
    }

    /** Client settings of the link's user at the CERT. */
    Map<String, Object> linkAtCert() {
        return cert.user(CERT_USER, CERT_PASSWORD);
    }

    /** The link as the mirror file sets it up, trusting the CA that signed each broker's certificate. */
    MirrorLink startLink() {
        return startLink(cert.caCertificate());
    }

    /**
     * The link with the file's commented listener lines of both sides uncommented as they stand, each truststore
     * location the CA certificate this test wrote instead of the operator's path.
     *
     * @param certTruststore the PEM file the link trusts the CERT's broker by
     */
    MirrorLink startLink(Path certTruststore) {
        var lines = new HashMap<>(MirrorLink.commentedCredentials());
        locate(lines, "cert.ssl.truststore.location", certTruststore);
        locate(lines, "hospital.ssl.truststore.location", hospital.caCertificate());
        return MirrorLink.start(Map.of(
                "VIGIL_MIRROR_HOSPITAL_ID", HOSPITAL_ID,
                "VIGIL_MIRROR_HOSPITAL_BOOTSTRAP_SERVERS", hospital.bootstrapServers(),
                "VIGIL_MIRROR_HOSPITAL_USERNAME", HOSPITAL_USER,
                "VIGIL_MIRROR_HOSPITAL_PASSWORD", HOSPITAL_PASSWORD,
                "VIGIL_MIRROR_CERT_BOOTSTRAP_SERVERS", cert.bootstrapServers(),
                "VIGIL_MIRROR_CERT_USERNAME", CERT_USER,
                "VIGIL_MIRROR_CERT_PASSWORD", CERT_PASSWORD), 0, lines);
    }

    private static void locate(Map<String, String> lines, String name, Path file) {
        if (lines.replace(name, file.toString()) == null) {
            throw new IllegalStateException("The mirror file has no commented " + name + " line");
        }
    }

    @Override
    public void close() {
        if (cert != null) {
            cert.close();
        }
        if (hospital != null) {
            hospital.close();
        }
    }
}
