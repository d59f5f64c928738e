package eu.vigil.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.testsupport.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * command-service's JSON API as a hospital's security officer (and an administrator, to register the hospital),
 * with bearer tokens the service trusts ({@link TestTokens}). Any answer but the expected one is an
 * {@link IllegalStateException} naming the request, the status and the body.
 */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    // tokens are valid for 10 minutes; a phase may last longer
    private static final Duration TOKEN_REFRESH = Duration.ofMinutes(5);

    private final HttpClient http;
    private final String baseUrl;
    private final String hospitalId;
    private final Supplier<String> officerTokens;
    private String officerToken;
    private Instant officerTokenMinted = Instant.MIN;

    ApiClient(String baseUrl, String hospitalId) {
        this(baseUrl, hospitalId, () -> TestTokens.bearer("bench-officer", "SECURITY_OFFICER", hospitalId));
    }

    /** @param officerTokens a new token of the hospital's security officer, without "Bearer ", when asked */
    ApiClient(String baseUrl, String hospitalId, Supplier<String> officerTokens) {
        this.baseUrl = baseUrl;
        this.hospitalId = hospitalId;
        this.officerTokens = officerTokens;
        var numbers = new AtomicInteger();
        // named threads, so that the load generator's CPU share can be told apart from the broker's
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(task -> {
                    var thread = new Thread(task, "bench-http-" + numbers.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    void registerHospital() throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("name", "Benchmark hospital", "country", "BE",
                "timeZone", "Europe/Brussels", "language", "nl"));
        send(request("/api/hospitals/" + hospitalId, TestTokens.bearer("bench-admin", "ADMIN", null))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), 200, 201);
    }

    /** @return the new incident's id */
    String report(String summary, Instant awareAt) throws IOException, InterruptedException {
        return report(summary, awareAt, Map.of());
    }

    /**
     * @param more fields of ReportIncidentRequest besides the three required ones, such as personalDataInvolved
     * @return the new incident's id
     */
    String report(String summary, Instant awareAt, Map<String, String> more) throws IOException, InterruptedException {
        var fields = new LinkedHashMap<String, String>(Map.of("summary", summary, "awareAt", awareAt.toString(),
                "category", "malicious-code/infected-system"));
        fields.putAll(more);
        String body = JSON.writeValueAsString(fields);
        String answer = send(request("/api/incidents", officerToken())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201);
        return JSON.readTree(answer).path("incidentId").asText();
    }

    void appendObservation(String incidentId, String text, Instant happenedAt)
            throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("kind", "observation", "text", text,
                "happenedAt", happenedAt.toString()));
        send(request("/api/incidents/" + incidentId + "/timeline", officerToken())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201);
    }

    /** Asks for the phase the incident is in already: it is loaded, and nothing is recorded. */
    void keepPhase(String incidentId, String phase) throws IOException, InterruptedException {
        send(request("/api/incidents/" + incidentId + "/phase-changes", officerToken())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("phase", phase))))
                .build(), 200);
    }

    /** A read as the hospital's security officer; the answer's body when it is 200. */
    String get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        return send(request(pathAndQuery, officerToken()).header("Accept", accept).GET().build(), 200);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token);
    }

    private String send(HttpRequest request, int... expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    private synchronized String officerToken() {
        Instant now = Instant.now();
        if (officerTokenMinted.plus(TOKEN_REFRESH).isBefore(now)) {
            officerToken = officerTokens.get();
            officerTokenMinted = now;
        }
        return officerToken;
    }
}
