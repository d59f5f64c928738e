package eu.vigil.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/** The local stack's fixed data folder: database files, broker log, service logs, and whether demo data was loaded. */
final class DataFolder {

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
    }

    static DataFolder prepare(Path root, boolean clean) throws IOException {
        if (clean && Files.exists(root)) {
            deleteRecursively(root);
        }
        Files.createDirectories(root.resolve("logs"));
        return new DataFolder(root);
    }

    Path postgres() {
        return root.resolve("postgres");
    }

    static Path kafka(Path root) {
        return root.resolve("kafka");
    }

    /** The identity provider's users, clients and signing key: secrets generated at first start. */
    Path identity() {
        return root.resolve("identity");
    }

    Path log(String service) {
        return root.resolve("logs").resolve(service + ".log");
    }

    /** The service's log as JSON lines (ECS), beside its plain {@link #log}. */
    Path jsonLog(String service) {
        return jsonLog(root, service);
    }

    static Path jsonLog(Path dataDirectory, String service) {
        return dataDirectory.resolve("logs").resolve(service + ".json");
    }

    boolean demoDataLoaded() {
        return Files.exists(demoMarker());
    }

    void markDemoDataLoaded() throws IOException {
        Files.writeString(demoMarker(), "Demo data loaded at " + Instant.now() + "\n");
    }

    /**
     * The moment the demo data is loaded relative to, kept from the first attempt: a load interrupted and started
     * again repeats the same requests under the same idempotency keys, so the API records nothing twice.
     */
    Instant demoDataTime() throws IOException {
        Path file = root.resolve("demo-data-time");
        if (!Files.exists(file)) {
            Files.writeString(file, Instant.now().truncatedTo(ChronoUnit.MINUTES).toString());
        }
        return Instant.parse(Files.readString(file).strip());
    }

    /**
     * The key of the hospitals' pseudonyms in the CERT feed, generated at first start and kept, so that a hospital
     * keeps its pseudonym across restarts.
     */
    String pseudonymKey() throws IOException {
        Path file = root.resolve("pseudonym-key");
        if (!Files.exists(file)) {
            var key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, HexFormat.of().formatHex(key));
        }
        return Files.readString(file).strip();
    }

    private Path demoMarker() {
        return root.resolve("demo-data-loaded");
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete " + path + " for a clean start", e);
                }
            });
        }
    }
}
