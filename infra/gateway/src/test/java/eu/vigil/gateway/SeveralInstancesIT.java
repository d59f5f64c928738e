package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two instances of command-service behind the gateway, as the local stack's {@code --instances 2} lists them: the
 * requests are spread over both, and once one stops answering its health check, the other answers every request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeveralInstancesIT {

    private static final StubServer FIRST = StubServer.service("the first command-service");
    private static final StubServer SECOND = StubServer.service("the second command-service");
    private static final StubServer QUERIES = StubServer.service("query-service");
    private static final StubServer NOTIFIER = StubServer.service("notifier");

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void twoCommandServices(DynamicPropertyRegistry registry) {
        registry.add("vigil.gateway.command-service-url", () -> FIRST.url() + "," + SECOND.url());
        registry.add("vigil.gateway.query-service-url", QUERIES::url);
        registry.add("vigil.gateway.notifier-url", NOTIFIER::url);
        registry.add("spring.security.oauth2.client.provider.vigil.issuer-uri", StubIssuer::url);
        registry.add("spring.security.oauth2.client.registration.vigil.client-secret", () -> "gateway-secret");
        GatewayDatabase.addTo(registry);
    }

    @AfterEach
    void bothAreBack() {
        SECOND.restore();
    }

    @Test
    void givenTwoInstancesWhenRequestsArriveThenEachInstanceAnswersSomeOfThem() {
        var answers = IntStream.range(0, 10).mapToObj(i -> report()).toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers).extracting(HttpResponse::body)
                .contains("answered by the first command-service", "answered by the second command-service");
    }

    @Test
    void givenOneInstanceStoppedWhenItsHealthCheckFailsThenTheOtherAnswersEveryRequest() {
        SECOND.stop();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(IntStream.range(0, 6).mapToObj(i -> report()).toList())
                        .allSatisfy(answer -> assertThat(answer.body())
                                .isEqualTo("answered by the first command-service")));
    }

    private HttpResponse<String> report() {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/incidents"))
                .header("Authorization", "Bearer machine-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"summary\":\"Phishing kit\"}")).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
