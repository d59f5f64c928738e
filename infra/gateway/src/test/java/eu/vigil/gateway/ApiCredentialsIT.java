package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * An API write without a usable credential is unauthenticated (401, {@code WWW-Authenticate: Bearer}), not a CSRF
 * refusal: CSRF guards the browser's session, and a request without one has none to forge. With a session cookie
 * the CSRF token is still required.
 */
class ApiCredentialsIT extends GatewayFixture {

    @ParameterizedTest(name = "{0} {1} with Authorization \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "POST   | /api/incidents                  | ",
            "PUT    | /api/incidents/42/share         | ",
            "DELETE | /api/obligations/42             | ",
            "POST   | /api/incidents                  | 'Bearer '",
            "PUT    | /api/hospitals/h-brugge         | 'Bearer '",
            "POST   | /api/incidents                  | Basic aW50ZWdyYXRpb246c2VjcmV0",
            "DELETE | /api/seen-incidents/42          | Basic aW50ZWdyYXRpb246c2VjcmV0"})
    void aWriteWithoutUsableCredentialsIsUnauthenticatedAndNotForwarded(String method, String path,
                                                                       String authorization) {
        var request = gatewayRequest(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }

        var response = send(request);

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(COMMANDS.received()).isEmpty();
        assertThat(QUERIES.received()).isEmpty();
        assertThat(NOTIFIER.received()).isEmpty();
    }

    @Test
    void anApiWriteWithTheSessionCookieButWithoutCsrfTokenIsForbidden() {
        var response = send(gatewayRequest("/api/incidents").header("Cookie", expiredSessionCookie())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        var problem = assertProblem(response, 403, "forbidden");
        assertThat(problem.path("detail").asText()).contains("CSRF");
        assertThat(COMMANDS.received()).isEmpty();
    }

    @Test
    void theCsrfRefusalSaysWhatToDoInTheCallersLanguage() {
        var response = send(gatewayRequest("/api/incidents").header("Cookie", expiredSessionCookie())
                .header("Accept-Language", "es").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        var problem = assertProblem(response, 403, "forbidden");
        assertThat(problem.path("title").asText()).isEqualTo("No permitido para su rol");
        assertThat(problem.path("detail").asText())
                .isEqualTo("La solicitud no lleva un token CSRF válido: recargue la página e inténtelo de nuevo.");
        assertThat(COMMANDS.received()).isEmpty();
    }

    @Test
    void aBearerTokenStillPassesWithoutCsrfToken() {
        var response = send(gatewayRequest("/api/incidents").header("Authorization", "Bearer machine-token")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(COMMANDS.received()).singleElement().extracting(StubServer.Received::authorization)
                .isEqualTo("Bearer machine-token");
    }
}
