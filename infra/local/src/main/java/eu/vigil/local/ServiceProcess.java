package eu.vigil.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Vigil service running in its own JVM from its runnable jar, as it runs in production. */
final class ServiceProcess implements AutoCloseable {

    private static final int LOG_LINES_SHOWN = 40;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * @param environment added to this process's environment: where secrets go, never the command line
     * @param fullJit     both JIT tiers (throughput) instead of C1 only (start-up): {@link LocalSettings#fullJit()}
     */
    static ServiceProcess launch(String name, Path jar, int port, Path log, List<String> arguments,
                                 Map<String, String> environment, boolean fullJit) throws IOException {
        var command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC"));
        if (!fullJit) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        var process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ServiceProcess(name, port, log, process);
    }

    /** Waits until the service reports itself ready, or explains where to look when it does not. */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up (exit code " + process.exitValue()
                        + "): see " + log + ", which ends:\n" + lastLinesOfLog());
            }
            if (ready()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s: see " + log);
    }

    // a test run's data folder is gone once CI ends: its output then says why the service stopped
    private String lastLinesOfLog() {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            var all = lines.map(line -> line.length() > 300 ? line.substring(0, 300) + "…" : line).toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - LOG_LINES_SHOWN), all.size()));
        } catch (IOException | UncheckedIOException unreadable) {
            return "(the log cannot be read: " + unreadable.getMessage() + ")";
        }
    }

    private boolean ready() throws InterruptedException {
        try {
            var request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Asks the service to stop (SIGTERM, so Spring shuts down gracefully), then forces it after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
