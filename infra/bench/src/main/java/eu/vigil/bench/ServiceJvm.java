package eu.vigil.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Vigil service in its own JVM, started from its runnable jar with the local stack's heap and collector (ADR 0002)
 * but the full JIT: the local stack stops at C1 for a quick start, which suits a demo, not a throughput figure.
 */
final class ServiceJvm implements AutoCloseable {

    /** The local stack's heap and collector (infra/local ServiceProcess), with C2 (issue 17). */
    static final List<String> FLAGS = List.of("-Xmx256m", "-XX:+UseSerialGC");

    private final String name;
    private final Process process;
    private final String url;
    private final Path log;

    private ServiceJvm(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.url = "http://localhost:" + port;
        this.log = log;
    }

    /** @param name the service's name, for messages: command-service, notifier */
    static ServiceJvm start(String name, Path jar, int port, Path log, List<String> arguments,
                            Map<String, String> environment) throws IOException {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(FLAGS);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new ServiceJvm(name, builder.start(), port, log);
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var readiness = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up (exit code "
                        + process.exitValue() + "); its log ends:\n" + logTail());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds()
                + " s; its log ends:\n" + logTail());
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    /** The last lines of the service's log, for a message: the folder that holds it is deleted at exit. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, so Spring shuts down gracefully; forced after 20 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
