package eu.vigil.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * A hospital's integration client as a well-behaved one works: it reports incidents through the gateway, appends
 * timeline entries to them and shares every other one, each request under an {@code Idempotency-Key}, and sends the
 * same request under the same key again after a 5xx or a broken connection until it is answered. It stops between
 * two requests once told to.
 */
final class LoadClient implements Callable<LoadClient.Outcome> {

    static final int ENTRIES_PER_INCIDENT = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);
    private static final Duration RETRYING_FOR = Duration.ofSeconds(90);

    /** What one request answered: the incident it concerned and what it created there (an entry), if anything. */
    record Done(String key, String incidentId, String createdId) {
    }

    /**
     * @param failed    requests that ended without success: answered with a 4xx, or not answered for all the retries
     * @param retries   how many times a request was sent again after a 5xx or a broken connection
     */
    record Outcome(List<Done> reports, List<Done> entries, List<Done> shares, List<String> failed, int retries) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String gatewayUrl;
    private final String bearer;
    private final String name;
    private final AtomicInteger answeredByAll;
    private final AtomicBoolean stop;
    private final Instant awareAt;
    private final List<Done> reports = new ArrayList<>();
    private final List<Done> entries = new ArrayList<>();
    private final List<Done> shares = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private int retries;

    /**
     * @param answeredByAll counts the requests every client had answered, for the test to act at a point of the load
     */
    LoadClient(String gatewayUrl, String bearer, String name, Instant now, AtomicInteger answeredByAll,
               AtomicBoolean stop) {
        this.gatewayUrl = gatewayUrl;
        this.bearer = bearer;
        this.name = name;
        this.answeredByAll = answeredByAll;
        this.stop = stop;
        this.awareAt = now.minus(Duration.ofHours(2));
    }

    @Override
    public Outcome call() {
        for (int incident = 1; !stop.get(); incident++) {
            String key = name + "-incident-" + incident;
            var report = send(reports, key + "-report", "POST", "/api/incidents", Map.of(
                    "summary", "Load " + key, "awareAt", awareAt.toString(), "category", "fraud/phishing",
                    "personalDataInvolved", "unknown"), 201, null, "incidentId");
            if (report == null) {
                continue;
            }
            String path = "/api/incidents/" + report.incidentId();
            for (int entry = 1; entry <= ENTRIES_PER_INCIDENT && !stop.get(); entry++) {
                send(entries, key + "-entry-" + entry, "POST", path + "/timeline", Map.of("kind", "observation",
                                "text", "Observation " + entry + " of " + key,
                                "happenedAt", awareAt.plus(Duration.ofMinutes(entry)).toString()),
                        201, report.incidentId(), "id");
            }
            if (incident % 2 == 1 && !stop.get()) {
                send(shares, key + "-share", "PUT", path + "/share", Map.of("tlp", "green",
                        "pseudonymised", false, "sectorView", false, "summary", "Phishing seen under load, " + key,
                        "indicatorIds", List.of()), 200, report.incidentId(), null);
            }
        }
        return new Outcome(reports, entries, shares, failed, retries);
    }

    /**
     * @param incidentId the incident the request concerns, or null for a report (its answer names it)
     * @param created    the answer's field naming what the request created, or null
     */
    private Done send(List<Done> done, String key, String method, String path, Map<String, ?> body, int success,
                      String incidentId, String created) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                    .timeout(Duration.ofSeconds(40)) // beyond the gateway's read timeout (30 s), which answers 504
                    .header("Content-Type", "application/json")
                    .header("Authorization", bearer)
                    .header("Idempotency-Key", key)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Answer answer;
        try {
            answer = await().atMost(RETRYING_FOR).pollDelay(Duration.ZERO).pollInterval(RETRY_PAUSE)
                    .pollInSameThread().until(() -> attempt(request), Objects::nonNull);
        } catch (RuntimeException notAnswered) {
            failed.add(method + " " + path + " [" + key + "]: no answer but 5xx for " + RETRYING_FOR);
            return null;
        }
        answeredByAll.incrementAndGet();
        if (answer.status() != success) {
            failed.add(method + " " + path + " [" + key + "]: " + answer.status() + " " + answer.body());
            return null;
        }
        var result = new Done(key, incidentId == null ? answer.body().get(created).asText() : incidentId,
                created == null ? null : answer.body().get(created).asText());
        done.add(result);
        return result;
    }

    private record Answer(int status, JsonNode body) {
    }

    /** The answer, or null after a 5xx or a broken connection, to be sent again. */
    private Answer attempt(HttpRequest request) throws InterruptedException {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                retries++;
                return null;
            }
            String body = response.body();
            return new Answer(response.statusCode(), body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
        } catch (IOException brokenOff) {
            retries++;
            return null;
        }
    }
}
