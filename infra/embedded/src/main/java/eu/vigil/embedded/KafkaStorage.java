package eu.vigil.embedded;

import kafka.server.KafkaConfig;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Formats a broker's log directory once, as {@code kafka-storage.sh format --ignore-formatted} would. */
final class KafkaStorage {

    // A fixed id lets a restart on the same directory find its own cluster again ("VigilLocalKafka1").
    static final String CLUSTER_ID = "VmlnaWxMb2NhbEthZmthMQ";

    private KafkaStorage() {
    }

    static void formatIfNew(Path logDirectory, KafkaConfig config) {
        try {
            Files.createDirectories(logDirectory);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(config.nodeId())
                    .setClusterId(CLUSTER_ID)
                    .setIgnoreFormatted(true)
                    .setControllerListenerName(KafkaServer.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(logDirectory.toAbsolutePath().toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot format Kafka's log directory " + logDirectory + ": " + e, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka's log directory " + logDirectory + ": "
                    + e.getMessage(), e);
        }
    }
}
