package eu.vigil.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The disk's fdatasync rate for one 8 kB write, from PostgreSQL's {@code pg_test_fsync} where one is installed
 * (the embedded binaries have none; Debian's {@code postgresql} package does), stopped after its first section.
 */
final class FsyncTest {

    private FsyncTest() {
    }

    static String fdatasync(Path folder) {
        Optional<Path> tool = find();
        if (tool.isEmpty()) {
            return "pg_test_fsync not found (apt-get install postgresql to record the disk's fsync rate)";
        }
        Process process = null;
        try {
            process = new ProcessBuilder(tool.get().toString(), "-s", "1", "-f",
                    folder.resolve("pg_test_fsync.out").toString()).redirectErrorStream(true).start();
            try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    if (line.trim().startsWith("fdatasync") && line.contains("ops/sec")) {
                        return "pg_test_fsync: fdatasync " + line.trim().split("\\s+")[1]
                                + " ops/s (one 8 kB write)";
                    }
                }
            }
            return "pg_test_fsync printed no fdatasync rate";
        } catch (IOException e) {
            return "pg_test_fsync failed: " + e.getMessage();
        } finally {
            stop(process);
        }
    }

    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Path> find() {
        var candidates = new ArrayList<Path>();
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isEmpty()) {
                candidates.add(Path.of(folder, "pg_test_fsync"));
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.sorted(Comparator.reverseOrder()).forEach(version -> candidates.add(
                    version.resolve("bin").resolve("pg_test_fsync")));
        } catch (IOException noDebianPostgres) {
            // only what PATH offers
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
