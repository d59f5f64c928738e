package eu.vigil.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.embedded.Commits;
import eu.vigil.embedded.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** Starts the real local stack from the jars the build made, on free ports, and talks to it over HTTP. */
final class StackFixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static LocalSettings settings(Path dataDirectory, boolean demoData) {
        return settings(dataDirectory, demoData, 1);
    }

    /** @param instances of each service, behind the gateway */
    static LocalSettings settings(Path dataDirectory, boolean demoData, int instances) {
        return new LocalSettings(dataDirectory, false, demoData, Commits.DURABLE, freePort(), freePort(), freePort(),
                freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), instances, false);
    }

    static RunningStack start(LocalSettings settings) throws IOException, InterruptedException {
        return LocalStack.start(settings, Path.of("target", "services"));
    }

    record Response(int status, JsonNode body) {
    }

    static Response send(String method, String url, String bearer, String json) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (bearer != null) {
                request.header("Authorization", bearer);
            }
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An incident reported through the API by the hospital's integration client, aware that many hours ago. */
    static String report(RunningStack stack, String hospital, String summary, int hoursAgo, String details) {
        try {
            var response = send("POST", stack.commandServiceUrl() + "/api/incidents",
                    stack.bearer("integration-" + hospital), """
                    {"summary": "%s", "awareAt": "%s", %s}""".formatted(summary,
                            Instant.now().minus(Duration.ofHours(hoursAgo)), details));
            if (response.status() != 201) {
                throw new AssertionError("The report was refused: " + response.status() + " " + response.body());
            }
            return response.body().get("incidentId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the notifier has opened the incident's obligation under that rule in that status; its id. */
    static String awaitObligation(RunningStack stack, String incident, String rule, String status) {
        String sql = "select obligation_id::text from notification.obligation where incident_id = '" + incident
                + "' and rule_id = '" + rule + "' and status = '" + status + "'";
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> strings(stack, sql), ids -> ids.size() == 1).get(0);
    }

    static long count(RunningStack stack, String sql) {
        return Long.parseLong(strings(stack, sql).get(0));
    }

    static List<String> strings(RunningStack stack, String sql) {
        try (var connection = DriverManager.getConnection(stack.jdbcUrl(), "postgres", "");
             var result = connection.createStatement().executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        return Ports.requireFree(0, "a service of the stack", "");
    }

    private StackFixture() {
    }
}
