package eu.vigil.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller, node id 1) running in this JVM. Its
 * log lives in a fixed directory, so topics, records and consumer offsets survive a restart on the same
 * directory and ports.
 */
public final class KafkaServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaServer.class);
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private final String howToChangePorts;
    private final Map<String, String> brokerSettings;
    // a clean stop at exit spares the next start on this directory a log recovery
    private final Thread stopAtExit = new Thread(this::close, "vigil-kafka-stop");
    private boolean closed;

    private KafkaServer(KafkaRaftServer server, Path logDirectory, int port, int controllerPort,
                        String howToChangePorts, Map<String, String> brokerSettings) {
        this.server = server;
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.howToChangePorts = howToChangePorts;
        this.brokerSettings = brokerSettings;
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * @param port           the client port, 0 for any free port
     * @param controllerPort the KRaft controller port, 0 for any free port
     * @throws PortInUseException when either port is taken; nothing is started then
     */
    public static KafkaServer start(Path logDirectory, int port, int controllerPort) {
        return start(logDirectory, port, controllerPort, "set other Kafka ports");
    }

    /** @param howToChangePorts what the caller's user sets to pick other ports, for the error message */
    public static KafkaServer start(Path logDirectory, int port, int controllerPort, String howToChangePorts) {
        return start(logDirectory, port, controllerPort, howToChangePorts, Map.of());
    }

    /**
     * @param brokerSettings broker properties over this class's own, kept by {@link #restart()}: an authorizer,
     *                       super users, SASL on the client listener (named {@code PLAINTEXT}, so SASL there is
     *                       {@code listener.security.protocol.map=PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT})
     */
    public static KafkaServer start(Path logDirectory, int port, int controllerPort, String howToChangePorts,
                                    Map<String, String> brokerSettings) {
        int clientPort = Ports.requireFree(port, "Kafka", howToChangePorts);
        int quorumPort = Ports.requireFree(controllerPort, "the Kafka controller", howToChangePorts);
        long began = System.nanoTime();
        var settings = settings(logDirectory, clientPort, quorumPort);
        settings.putAll(brokerSettings);
        var config = new KafkaConfig(settings, false);
        KafkaStorage.formatIfNew(logDirectory, config);
        var server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            // its threads would otherwise keep the JVM alive
            server.shutdown();
            server.awaitShutdown();
            throw new IllegalStateException("Kafka did not start on port " + clientPort + " (controller "
                    + quorumPort + ") in " + logDirectory + ": " + e.getMessage(), e);
        }
        log.info("Kafka up on port {} (controller {}) in {} ms", clientPort, quorumPort,
                (System.nanoTime() - began) / 1_000_000);
        return new KafkaServer(server, logDirectory, clientPort, quorumPort, howToChangePorts,
                Map.copyOf(brokerSettings));
    }

    /** Stops this broker (if running) and starts it again on the same directory and ports. */
    public KafkaServer restart() {
        close();
        return start(logDirectory, port, controllerPort, howToChangePorts, brokerSettings);
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * For an owner that stops this broker itself, in its own order at exit (the local stack stops the services
     * first): removes the JVM-exit hook, which would otherwise race with the owner's.
     */
    public void stopOnlyWhenClosed() {
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
    }

    /** Idempotent; a second caller waits until the broker has stopped. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // called from a shutdown hook: ours is running or about to, and finds the broker closed
        }
        server.shutdown();
        server.awaitShutdown();
    }

    private static Map<String, Object> settings(Path logDirectory, int port, int controllerPort) {
        var settings = new HashMap<String, Object>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", Integer.toString(NODE_ID));
        settings.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        settings.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:"
                + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        settings.put("controller.listener.names", CONTROLLER_LISTENER);
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("log.dirs", logDirectory.toAbsolutePath().toString());
        settings.put("num.partitions", "3");
        settings.put("default.replication.factor", "1");
        settings.put("min.insync.replicas", "1");
        settings.put("auto.create.topics.enable", "true");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("transaction.state.log.num.partitions", "5");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("log.flush.interval.messages", "1"); // a local stack killed hard keeps what was acknowledged
        return settings;
    }
}
