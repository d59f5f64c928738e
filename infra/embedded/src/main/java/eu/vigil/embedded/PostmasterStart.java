package eu.vigil.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One attempt to start PostgreSQL on a directory and port. When zonky gives up waiting, the postmaster it launched
 * may still be running detached from this JVM; this finds it by its pid file and stops it.
 */
final class PostmasterStart {

    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Path pidFile;
    private final int port;
    private final Instant began = Instant.now().minusSeconds(1); // file times may be coarse

    PostmasterStart(Path dataDirectory, int port) {
        this.pidFile = dataDirectory.resolve("postmaster.pid");
        this.port = port;
    }

    void stopIfRunning() {
        ownPostmaster().flatMap(ProcessHandle::of).ifPresent(postmaster -> {
            postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            postmaster.onExit().completeOnTimeout(postmaster, STOP_WAIT.toSeconds(),
                    TimeUnit.SECONDS).join();
        });
    }

    /** Only a pid file written during this attempt, for this port: never another process's server. */
    private Optional<Long> ownPostmaster() {
        try {
            if (!Files.exists(pidFile) || Files.getLastModifiedTime(pidFile).toInstant().isBefore(began)) {
                return Optional.empty();
            }
            // postmaster.pid lines: pid, data directory, start time, port, ...
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4 || !lines.get(3).trim().equals(Integer.toString(port))) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
