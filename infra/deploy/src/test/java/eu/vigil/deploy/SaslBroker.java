package eu.vigil.deploy;

import eu.vigil.embedded.KafkaServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.config.SaslConfigs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * An embedded broker whose clients must log in (SASL: PLAIN for the test's super user, SCRAM-SHA-512 for everyone
 * else, as the mirror file's lines use) and whose KRaft authorizer lets a user do only what ACLs grant it.
 */
final class SaslBroker implements AutoCloseable {

    static final String SUPER_USER = "admin";
    private static final String SUPER_PASSWORD = "admin-secret";
    private static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"" + SUPER_USER + "\" password=\"" + SUPER_PASSWORD + "\"";

    private final KafkaServer server;

    private SaslBroker(KafkaServer server) {
        this.server = server;
    }

    static SaslBroker start(Path logDirectory) {
        return new SaslBroker(KafkaServer.start(logDirectory, 0, 0, "set other Kafka ports", Map.of(
                // KafkaServer's client listener is named PLAINTEXT; here it asks for SASL
                "listener.security.protocol.map", "PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512",
                "sasl.mechanism.inter.broker.protocol", "PLAIN",
                "listener.name.plaintext.plain.sasl.jaas.config",
                PLAIN_LOGIN + " user_" + SUPER_USER + "=\"" + SUPER_PASSWORD + "\";",
                "listener.name.plaintext.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found", "false",
                // the broker registers with its own controller over the unauthenticated controller listener
                "super.users", "User:" + SUPER_USER + ";User:ANONYMOUS")));
    }

    String bootstrapServers() {
        return server.bootstrapServers();
    }

    /** Client settings of the super user: the test's own setting up and reading back, never the link. */
    Map<String, Object> superUser() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, PLAIN_LOGIN + ";");
    }

    /** Client settings of a SCRAM user, as {@link #createUser} made it. */
    Map<String, Object> user(String name, String password) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"" + name + "\" password=\"" + password + "\";");
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
