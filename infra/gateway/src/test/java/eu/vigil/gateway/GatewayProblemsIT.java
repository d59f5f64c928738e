package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway's own errors are problems of web-kit's catalogue; a browser's page navigation gets a page. */
class GatewayProblemsIT extends GatewayFixture {

    private static final String TOKEN = "Bearer machine-token";
    private static final int MAX_BODY_BYTES = 65_536; // web-kit's vigil.web.max-body-bytes

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
    void aBodyWithoutLengthIsRefusedWhenItGrowsPastTheLimitAndNothingOfItIsForwarded() {
        var response = send(gatewayRequest("/api/incidents").header("Authorization", TOKEN)
                .header("Content-Type", "application/json")
                .POST(chunked("\"" + "x".repeat(70_000) + "\"")));

        assertProblem(response, 413, "request-too-large");
        assertThat(COMMANDS.received()).isEmpty();
        assertNothingButTheNextRequestReachesCommandService();
    }

    @Test
    void aBodyWithoutLengthWhoseFirst64KiBAreACompleteCommandIsRefusedWithoutAnyRequestToTheService() {
        String report = """
                {"summary":"Phishing kit seen","awareAt":"2026-11-23T08:00:00Z","category":"fraud/phishing"}""";
        String body = report + " ".repeat(MAX_BODY_BYTES - report.length()) + " ".repeat(4_096);

        var response = send(gatewayRequest("/api/incidents").header("Authorization", TOKEN)
                .header("Content-Type", "application/json").POST(chunked(body)));

        assertProblem(response, 413, "request-too-large");
        assertThat(COMMANDS.received()).isEmpty();
        assertNothingButTheNextRequestReachesCommandService();
    }

    @Test
    void aBodyWithoutLengthOfExactlyTheLimitIsForwardedWhole() {
        String report = """
                {"summary":"Phishing kit seen","awareAt":"2026-11-23T08:00:00Z","category":"fraud/phishing"}""";
        String body = report + " ".repeat(MAX_BODY_BYTES - report.length());

        var response = send(gatewayRequest("/api/incidents").header("Authorization", TOKEN)
                .header("Content-Type", "application/json").POST(chunked(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(COMMANDS.received()).singleElement().satisfies(received -> {
            assertThat(received.method()).isEqualTo("POST");
            assertThat(received.body()).hasSize(MAX_BODY_BYTES).isEqualTo(body);
        });
    }

    @Test
    void aBodyWithoutLengthOverTheLimitIsRefusedInTheCallersLanguage() {
        var response = send(gatewayRequest("/api/incidents").header("Authorization", TOKEN)
                .header("Content-Type", "application/json").header("Accept-Language", "fr")
                .POST(chunked("\"" + "x".repeat(70_000) + "\"")));

        var problem = assertProblem(response, 413, "request-too-large");
        assertThat(problem.path("title").asText()).isEqualTo("Demande trop volumineuse");
        assertThat(COMMANDS.received()).isEmpty();
    }

    @Test
    void aBodyWithoutLengthFromACallerWithoutCredentialsIsRefusedUnread() {
        var response = send(gatewayRequest("/api/incidents").header("Content-Type", "application/json")
                .POST(chunked("\"" + "x".repeat(70_000) + "\"")));

        assertProblem(response, 401, "unauthenticated");
        assertThat(COMMANDS.received()).isEmpty();
    }

    /** A body of unknown length, as {@code HttpClient} sends an input stream: {@code Transfer-Encoding: chunked}. */
    private static HttpRequest.BodyPublisher chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    /**
     * Sends one more request to command-service through the gateway and asserts that it alone arrived: a part of a
     * refused body forwarded before the refusal would have reached the service before this one.
     */
    private void assertNothingButTheNextRequestReachesCommandService() {
        var next = send(gatewayRequest("/api/hospitals/after-the-refusal").header("Authorization", TOKEN));

        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(COMMANDS.received()).singleElement().extracting(StubServer.Received::path)
                .isEqualTo("/api/hospitals/after-the-refusal");
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
