package eu.vigil.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM. Its log lives in
 * a fixed directory, so topics, records and consumer offsets survive a restart on the same directory.
 */
public final class KafkaServer implements AutoCloseable {

    // Formatting is done once per directory; a fixed id lets a restart find its own cluster again.
    private static final String CLUSTER_ID = "VmlnaWxMb2NhbEthZmthMQ";
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final int port;
    private boolean closed;

    private KafkaServer(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * @param port           the client port, 0 for any free port
     * @param controllerPort the KRaft controller port, 0 for any free port
     * @throws PortInUseException when either port is taken
     */
    public static KafkaServer start(Path logDirectory, int port, int controllerPort) {
        return start(logDirectory, port, controllerPort, "set other Kafka ports");
    }

    public static KafkaServer start(Path logDirectory, int port, int controllerPort, String howToChangePorts) {
        int clientPort = Ports.requireFree(port, "Kafka", howToChangePorts);
        int quorumPort = Ports.requireFree(controllerPort, "the Kafka controller", howToChangePorts);
        var config = new KafkaConfig(settings(logDirectory, clientPort, quorumPort), false);
        format(logDirectory, config);
        var server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw new IllegalStateException("Kafka did not start in " + logDirectory + ": " + e.getMessage(), e);
        }
        return new KafkaServer(server, clientPort);
    }

    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
    }

    private static Map<String, Object> settings(Path logDirectory, int port, int controllerPort) {
        var settings = new HashMap<String, Object>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", Integer.toString(NODE_ID));
        settings.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        settings.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("log.dirs", logDirectory.toAbsolutePath().toString());
        settings.put("num.partitions", "3");
        settings.put("auto.create.topics.enable", "true");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("log.flush.interval.messages", "1"); // a local stack killed hard keeps what was acknowledged
        return settings;
    }

    private static void format(Path logDirectory, KafkaConfig config) {
        try {
            Files.createDirectories(logDirectory);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(CLUSTER_ID)
                    .setIgnoreFormatted(true)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(logDirectory.toAbsolutePath().toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot format Kafka's log directory " + logDirectory, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka's log directory " + logDirectory + ": "
                    + e.getMessage(), e);
        }
    }
}
