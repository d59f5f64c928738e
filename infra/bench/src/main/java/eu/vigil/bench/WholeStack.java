package eu.vigil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.embedded.Ports;

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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole stack as a user runs it: the README's run command ({@code java -jar infra/local/target/vigil-local.jar})
 * as a child process, with the demo data, on free ports and a data folder of its own, with the full JIT and N
 * instances of each service behind the one gateway. API clients go through the gateway with the identity provider's
 * client-credentials tokens, as a hospital's integration would.
 */
final class WholeStack implements AutoCloseable {

    static final String OFFICER_CLIENT = "integration-h-lyon";
    static final String HOSPITAL = "h-lyon";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final String READY = "Vigil is running";
    private static final List<String> PORTS = List.of("postgres-port", "kafka-port", "kafka-controller-port",
            "identity-port", "gateway-port", "command-service-port", "query-service-port", "notifier-port",
            "smtp-port", "mailbox-port");

    private final Process launcher;
    private final Path folder;
    private final Map<String, Integer> ports;

    private WholeStack(Process launcher, Path folder, Map<String, Integer> ports) {
        this.launcher = launcher;
        this.folder = folder;
        this.ports = ports;
    }

    /** @param localJar infra/local/target/vigil-local.jar, with its services/ folder beside it */
    static WholeStack start(Path localJar, Path folder, int instances) throws IOException, InterruptedException {
        if (!Files.isRegularFile(localJar)) {
            throw new IllegalStateException("No " + localJar + ": build it first with"
                    + " ./mvnw -q -pl infra/local -am package -DskipTests");
        }
        var ports = new LinkedHashMap<String, Integer>();
        var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                localJar.toString(), "--clean", "--data-dir=" + folder.resolve("data"), "--instances=" + instances,
                "--full-jit"));
        for (String port : PORTS) {
            ports.put(port, Ports.requireFree(0, port, ""));
            command.add("--" + port + "=" + ports.get(port));
        }
        Files.createDirectories(folder);
        Path log = folder.resolve("vigil-local.log");
        var launcher = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        var stack = new WholeStack(launcher, folder.resolve("data"), ports);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(READY)) {
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                stack.close();
                throw new IllegalStateException("The local stack did not start: see " + log);
            }
            Thread.sleep(500);
        }
        return stack;
    }

    String gatewayUrl() {
        return "http://localhost:" + ports.get("gateway-port");
    }

    Database database() {
        return new Database("jdbc:postgresql://localhost:" + ports.get("postgres-port") + "/vigil", "postgres", "");
    }

    /** A client-credentials access token of one of the demo's machine clients, without "Bearer ". */
    String token(String clientId) {
        try {
            JsonNode client = null;
            for (JsonNode candidate : JSON.readTree(folder.resolve("identity").resolve("directory.json").toFile())
                    .path("clients")) {
                if (candidate.path("clientId").asText().equals(clientId)) {
                    client = candidate;
                }
            }
            if (client == null) {
                throw new IllegalStateException("No machine client " + clientId + " in the demo directory");
            }
            String basic = Base64.getEncoder().encodeToString((clientId + ":" + client.path("secret").asText())
                    .getBytes(StandardCharsets.UTF_8));
            var response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + ports.get("identity-port") + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The identity provider answered " + response.statusCode());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The stack's processes by what they run: each service's instances (by their jar), the launcher's JVM (the
     * Kafka broker and the mail server run in it) and PostgreSQL's postmaster.
     */
    Map<String, List<Long>> processes() throws IOException {
        var groups = new LinkedHashMap<String, List<Long>>();
        for (String service : List.of("gateway", "identity", "command-service", "query-service", "notifier")) {
            groups.put(service, launcher.descendants()
                    .filter(process -> process.info().commandLine().orElse("")
                            .contains("services/" + service + ".jar"))
                    .map(ProcessHandle::pid).toList());
        }
        groups.put("launcher (Kafka, mail)", List.of(launcher.pid()));
        groups.put(StackCpu.POSTGRES, List.of(Long.parseLong(
                Files.readAllLines(folder.resolve("postgres").resolve("postmaster.pid")).get(0).trim())));
        return groups;
    }

    /** Ctrl-C's way: the launcher's shutdown hook stops every service, the broker and PostgreSQL in order. */
    @Override
    public void close() throws InterruptedException {
        launcher.destroy();
        if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }
}
