package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway's own errors are problems of web-kit's catalogue; a browser's page navigation gets a page. */
class GatewayProblemsIT extends GatewayFixture {

    private static final String TOKEN = "Bearer machine-token";

    @Test
    void anAddressNoRouteServesIsNotFound() {
        var response = send(gatewayRequest("/api/nothing-here").header("Authorization", TOKEN));

        assertProblem(response, 404, "not-found");
    }

    @Test
    void aMethodTheAddressLacksIsNotAllowed() {
        var response = send(gatewayRequest("/actuator/health").DELETE());

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET");
    }

    @Test
    void anAnswerInNoAcceptedFormIsNotAcceptable() {
        var response = send(gatewayRequest("/actuator/health").header("Accept", "image/png"));

        assertProblem(response, 406, "not-acceptable");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsForwarded() {
        var response = send(gatewayRequest("/api/incidents").header("Authorization", TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(70_000) + "\"")));

        assertProblem(response, 413, "request-too-large");
        assertThat(COMMANDS.received()).isEmpty();
    }

    @Test
    void aBodyWithoutLengthIsRefusedWhenItGrowsPastTheLimit() throws InterruptedException {
        var arrived = new CountDownLatch(1);
        COMMANDS.answerWith(request -> {
            arrived.countDown();
            return new StubServer.Reply(200, "application/json", "{}");
        });

        var response = send(gatewayRequest("/api/incidents").header("Authorization", TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(  // sent chunked
                        ("\"" + "x".repeat(70_000) + "\"").getBytes(StandardCharsets.UTF_8)))));

        assertProblem(response, 413, "request-too-large");
        // the part forwarded before the limit may reach the stub after the answer: a later test must not see it
        arrived.await(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        COMMANDS.restore();
    }

    @Test
    void headersOverTheLimitAreRefused() {
        var response = send(gatewayRequest("/api/incidents").header("Authorization", TOKEN)
                .header("X-Padding", "x".repeat(20_000)));

        assertProblem(response, 431, "headers-too-large");
        assertThat(QUERIES.received()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/incidents/42%3Bjsessionid=x", "/api/incidents/42%2F..%2Fhospitals",
            "/api/incidents/42%00"})
    void anAddressWithAnEncodingTheFirewallRefusesIsRejected(String path) {
        var response = send(gatewayRequest(path).header("Authorization", TOKEN));

        assertProblem(response, 400, "request-rejected");
        assertThat(QUERIES.received()).isEmpty();
        assertThat(COMMANDS.received()).isEmpty();
    }

    @Test
    void aRequestTomcatCannotParseIsRejectedAsAProblem() throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream().write("GET /api/incidents/{42} HTTP/1.1\r\nHost: localhost\r\n"
                    .concat("Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"type\":\"urn:vigil:problem:request-rejected\"");
        }
    }

    @Test
    void aBrowserAskingForAPageThatDoesNotExistGetsTheNotFoundPage() {
        var response = send(gatewayRequest("/css/nothing-here").header("Accept", "text/html,*/*;q=0.8"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("Page not found");
    }

    @Test
    void aFrenchBrowserAskingForAPageThatDoesNotExistGetsTheNotFoundPageInFrench() {
        var response = send(gatewayRequest("/css/nothing-here").header("Accept", "text/html,*/*;q=0.8")
                .header("Accept-Language", "fr-FR,fr;q=0.9"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"fr\"", "Page introuvable",
                "Il n’y a pas de page à cette adresse").doesNotContain("Page not found");
    }

    @Test
    void anAddressTheFirewallRefusesIsRejectedInTheCallersLanguage() {
        var response = send(gatewayRequest("/api/incidents/42%3Bjsessionid=x").header("Authorization", TOKEN)
                .header("Accept-Language", "it"));

        var problem = assertProblem(response, 400, "request-rejected");
        assertThat(problem.path("title").asText()).isEqualTo("Richiesta respinta");
    }

    @Test
    void anythingElseAskingForAnAddressThatDoesNotExistGetsAProblem() {
        var response = send(gatewayRequest("/css/nothing-here").header("Accept", "*/*"));

        assertProblem(response, 404, "not-found");
    }
}
