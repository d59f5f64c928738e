package eu.vigil.query.live;

import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.query.IncidentStory;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open pages hear of their own hospital's changes within a second of the projection's commit, over Server-Sent
 * Events, and of nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class LiveStreamsIT {

    private static final String DPO_OF_BRUGGE = TestTokens.bearer("u-dpo-1", "DPO", "h-brugge");
    private static final String OFFICER_OF_LYON = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-lyon");

    @LocalServerPort int port;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Autowired ReadModelChanges changes;
    @Autowired TransactionTemplate transactions;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<CompletableFuture<?>> open = new ArrayList<>();

    @AfterEach
    void closeTheStreams() {
        open.forEach(stream -> stream.cancel(true));
    }

    @Test
    void givenADpoWatchingAnIncidentWhenItChangesThenThePageHearsOfItAndOfNothingElse() {
        var incidents = new IncidentTopic(bootstrapServers, topic);
        var watched = new IncidentStory("h-brugge");
        var other = new IncidentStory("h-brugge");
        incidents.publish(watched.next(watched.reported()));
        awaitProjected(watched);
        var page = watch("/live/incidents/" + watched.id(), DPO_OF_BRUGGE);
        var list = watch("/live/incidents", DPO_OF_BRUGGE);
        var lyon = watch("/live/incidents", OFFICER_OF_LYON);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> page.contains("event:open")
                && list.contains("event:open") && lyon.contains("event:open"));

        incidents.publish(other.next(other.reported()));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> list.contains("data:" + other.id()));
        incidents.publish(watched.next(watched.entry(UUID.randomUUID(), "Backups isolated",
                IncidentStory.AWARE.plusSeconds(60))));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> page.contains("data:" + watched.id()));
        assertThat(page).doesNotContain("data:" + other.id());
        assertThat(lyon.stream().filter(line -> !line.startsWith(":")))
                .as("another hospital hears nothing of Brugge").containsOnly("event:open", "data:open", "");
    }

    @Test
    void givenTheCertWatchingTheFeedWhenAHospitalSharesThenThePageHearsThatTheFeedChangedAndNotWhich() {
        var incidents = new IncidentTopic(bootstrapServers, topic);
        var story = new IncidentStory("h-brugge");
        incidents.publish(story.next(story.reported()));
        awaitProjected(story);
        var feed = watch("/live/cert/feed", TestTokens.bearer("u-cert", "CERT_COORDINATOR", null));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> feed.contains("event:open"));

        incidents.publish(story.next(story.shared(Tlp.AMBER, Phase.CONTAINMENT)));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> feed.contains("data:feed"));
        assertThat(feed).noneMatch(line -> line.contains(story.id().toString()));
    }

    @Test
    void givenABatchThatChangedSeveralIncidents_whenItCommits_thenTheListHearsOfEachOfItsHospitalsIncidents() {
        var list = watch("/live/incidents", DPO_OF_BRUGGE);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> list.contains("event:open"));
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        var lyons = UUID.randomUUID();
        var changed = new LinkedHashMap<UUID, String>();
        changed.put(first, "h-brugge");
        changed.put(lyons, "h-lyon");
        changed.put(second, "h-brugge");

        transactions.executeWithoutResult(transaction -> changes.changed(changed));

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> list.contains("data:" + first) && list.contains("data:" + second));
        assertThat(list).noneMatch(line -> line.contains(lyons.toString()));
    }

    @Test
    void anotherHospitalsIncidentCannotBeWatched() throws Exception {
        var story = new IncidentStory("h-brugge");
        new IncidentTopic(bootstrapServers, topic).publish(story.next(story.reported()));
        awaitProjected(story);

        var response = client.send(request("/live/incidents/" + story.id(), OFFICER_OF_LYON),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private void awaitProjected(IncidentStory story) {
        var history = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/incidents/" + story.id()
                + "/history")).header("Authorization", "Bearer " + DPO_OF_BRUGGE).build();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> client.send(history, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    // the lines of an event stream as they arrive, collected in the background
    private List<String> watch(String path, String token) {
        var lines = new CopyOnWriteArrayList<String>();
        open.add(client.sendAsync(request(path, token), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add)));
        return lines;
    }

    private HttpRequest request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).build();
    }
}
