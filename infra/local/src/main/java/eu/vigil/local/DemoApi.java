package eu.vigil.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A service's API as the demo loader uses it: every call under a stable {@code Idempotency-Key}, so a load that
 * was interrupted and starts again records nothing twice in command-service; any refusal stops the start-up,
 * naming the step.
 */
final class DemoApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String serviceUrl;
    private final Tokens tokens;

    DemoApi(String serviceUrl, Tokens tokens) {
        this.serviceUrl = serviceUrl;
        this.tokens = tokens;
    }

    /**
     * Calls as the hospital's integration client (a security officer), or as the administration client when the
     * hospital is null; {@code step} names the call and keys it.
     */
    JsonNode send(String hospital, String step, String method, String path, Map<String, ?> body)
            throws IOException, InterruptedException {
        return sendAs(hospital == null ? "integration-admin" : "integration-" + hospital, step, method, path, body);
    }

    /** As {@link #send}, as the named demo client; a null body sends none (a GET). */
    JsonNode sendAs(String clientId, String step, String method, String path, Map<String, ?> body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(serviceUrl + path))
                .header("Content-Type", "application/json")
                .header("Authorization", tokens.bearer(clientId))
                .header("Idempotency-Key", "demo:" + step)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (!List.of(200, 201, 204).contains(response.statusCode())) {
            throw new IllegalStateException("Demo data, step '" + step + "': " + method + " " + path + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** What a GET of the path answers as the hospital's client; null while it answers 404. */
    JsonNode find(String hospital, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(serviceUrl + path))
                .header("Authorization", tokens.bearer("integration-" + hospital)).GET().build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Demo data: GET " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
