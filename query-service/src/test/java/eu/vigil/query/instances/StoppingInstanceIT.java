package eu.vigil.query.instances;

import eu.vigil.testsupport.TestInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stopping instance ends its open pages' live streams at once: an open stream is an active request, which the web
 * server's graceful shutdown would wait for until its 30 s run out (a rolling update's pod killed first), and the
 * pages' EventSource connects again to another instance.
 */
class StoppingInstanceIT {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void givenPagesWatchingLiveWhenTheInstanceStopsThenEachStreamEndsAndTheStopDoesNotWaitForThem() {
        var properties = new HashMap<String, Object>(TestInfrastructure.shared().isolatedProperties("stopping"));
        properties.put("server.port", 0);
        try (var services = QueryServiceInstances.start(1, properties)) {
            int port = Integer.parseInt(services.first().getEnvironment().getProperty("local.server.port"));
            var list = new CopyOnWriteArrayList<String>();
            var feed = new CopyOnWriteArrayList<String>();
            var listEnded = watch(port, "/live/incidents", TestTokens.bearer("u-dpo-1", "DPO", "h-brugge"), list);
            var feedEnded = watch(port, "/live/cert/feed", TestTokens.bearer("u-cert", "CERT_COORDINATOR", null),
                    feed);
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> list.contains("event:open") && feed.contains("event:open"));

            // well within the 30 s that a stream left open holds the graceful shutdown
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
                services.stopLast();
                return true;
            });

            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> listEnded.isDone() && feedEnded.isDone());
            assertThat(listEnded).isCompleted();
            assertThat(feedEnded).isCompleted();
        }
    }

    private CompletableFuture<Void> watch(int port, String path, String token, List<String> lines) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
    }
}
