package eu.vigil.testsupport;

import eu.vigil.embedded.KafkaServer;
import eu.vigil.embedded.PostgresServer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** The embedded servers of infra/embedded on free ports and temporary directories, removed at JVM exit. */
final class EmbeddedServers implements Servers {

    private final Path directory;
    private final PostgresServer postgres;
    private final KafkaServer kafka;

    private EmbeddedServers(Path directory, PostgresServer postgres, KafkaServer kafka) {
        this.directory = directory;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static EmbeddedServers start() {
        Path directory;
        try {
            directory = Files.createTempDirectory("vigil-test-servers");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the test servers", e);
        }
        PostgresServer postgres = null;
        try {
            postgres = PostgresServer.start(directory.resolve("postgres"), 0);
            var kafka = KafkaServer.start(directory.resolve("kafka"), 0, 0);
            var servers = new EmbeddedServers(directory, postgres, kafka);
            // stopped by our own hook, after the Spring contexts that use them (ContextsInUse)
            postgres.stopOnlyWhenClosed();
            kafka.stopOnlyWhenClosed();
            Runtime.getRuntime().addShutdownHook(new Thread(servers::stop, "vigil-test-servers-stop"));
            return servers;
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            delete(directory);
            throw e;
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    @Override
    public String username() {
        return postgres.username();
    }

    @Override
    public String password() {
        return postgres.password();
    }

    @Override
    public String description() {
        return "embedded PostgreSQL on port " + postgres.port() + " and Kafka at " + kafka.bootstrapServers();
    }

    private void stop() {
        ContextsInUse.awaitClosed(Duration.ofSeconds(20));
        kafka.close();
        postgres.close();
        delete(directory);
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
