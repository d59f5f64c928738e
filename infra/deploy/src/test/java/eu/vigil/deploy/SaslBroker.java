package eu.vigil.deploy;

import eu.vigil.embedded.KafkaServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * An embedded broker whose one client listener is TLS (its certificate signed by a CA of its own) and whose clients
 * must log in over it (SASL_SSL: PLAIN for the test's super user, SCRAM-SHA-512 for everyone else, as the mirror
 * file's lines use), and whose KRaft authorizer lets a user do only what ACLs grant it.
 */
final class SaslBroker implements AutoCloseable {

    static final String SUPER_USER = "admin";
    private static final String SUPER_PASSWORD = "admin-secret";
    private static final String KEYSTORE_PASSWORD = "keystore-secret";
    private static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"" + SUPER_USER + "\" password=\"" + SUPER_PASSWORD + "\"";

    private final KafkaServer server;
    private final Path caCertificate;

    private SaslBroker(KafkaServer server, Path caCertificate) {
        this.server = server;
        this.caCertificate = caCertificate;
    }

    /** @param authority the CA that signs the broker's certificate; its certificate is written beside the log */
    static SaslBroker start(Path logDirectory, CertificateAuthority authority) {
        String name = logDirectory.getFileName().toString();
        Path keystore = authority.issueLocalhostKeystore(logDirectory.resolveSibling(name + "-broker.p12"),
                KEYSTORE_PASSWORD);
        Path caCertificate = authority.writeCertificate(logDirectory.resolveSibling(name + "-ca.pem"));
        var settings = new HashMap<String, String>();
        // KafkaServer's client listener is named PLAINTEXT; here it asks for TLS and SASL
        settings.put("listener.security.protocol.map", "PLAINTEXT:SASL_SSL,CONTROLLER:PLAINTEXT");
        settings.put("ssl.keystore.type", "PKCS12");
        settings.put("ssl.keystore.location", keystore.toString());
        settings.put("ssl.keystore.password", KEYSTORE_PASSWORD);
        settings.put("ssl.key.password", KEYSTORE_PASSWORD);
        // the broker is a client of its own listener too (transaction markers), checking its certificate as any other
        settings.put("ssl.truststore.type", "PEM");
        settings.put("ssl.truststore.location", caCertificate.toString());
        settings.put("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512");
        settings.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        settings.put("listener.name.plaintext.plain.sasl.jaas.config",
                PLAIN_LOGIN + " user_" + SUPER_USER + "=\"" + SUPER_PASSWORD + "\";");
        settings.put("listener.name.plaintext.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        settings.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        settings.put("allow.everyone.if.no.acl.found", "false");
        // the broker registers with its own controller over the unauthenticated controller listener
        settings.put("super.users", "User:" + SUPER_USER + ";User:ANONYMOUS");
        return new SaslBroker(KafkaServer.start(logDirectory, 0, 0, "set other Kafka ports", settings), caCertificate);
    }

    String bootstrapServers() {
        return server.bootstrapServers();
    }

    /** The PEM file of the CA that signed the broker's certificate, which its clients trust. */
    Path caCertificate() {
        return caCertificate;
    }

    /** Client settings of the super user: the test's own setting up and reading back, never the link. */
    Map<String, Object> superUser() {
        return client("PLAIN", PLAIN_LOGIN + ";");
    }

    /** Client settings of a SCRAM user, as {@link #createUser} made it. */
    Map<String, Object> user(String name, String password) {
        return client("SCRAM-SHA-512", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"" + name + "\" password=\"" + password + "\";");
    }

    private Map<String, Object> client(String mechanism, String login) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL",
                SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM",
                SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, caCertificate.toString(),
                SaslConfigs.SASL_MECHANISM, mechanism,
                SaslConfigs.SASL_JAAS_CONFIG, login);
    }

    void createUser(String name, String password) {
        try (var admin = Admin.create(superUser())) {
            await(admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(name,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all());
        }
    }

    void createTopics(String... topics) {
        try (var admin = Admin.create(superUser())) {
            await(admin.createTopics(Arrays.stream(topics).map(topic -> new NewTopic(topic, 3, (short) 1)).toList())
                    .all());
        }
    }

    private static void await(Future<Void> done) {
        try {
            done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
