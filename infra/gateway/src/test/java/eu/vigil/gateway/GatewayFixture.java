package eu.vigil.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on a random port in front of three stub services and a stub issuer, its sessions in a real
 * PostgreSQL. A logged-in browser is a session cookie naming a stored session that holds the user's OIDC login and
 * authorized client, as the real login leaves them ({@link LoggedInSessions}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class GatewayFixture {

    static final StubServer COMMANDS = StubServer.service("command-service");
    static final StubServer QUERIES = StubServer.service("query-service");
    static final StubServer NOTIFIER = StubServer.service("notifier");
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext gateway;
    @Autowired SessionRepository<? extends org.springframework.session.Session> sessions;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        registry.add("vigil.gateway.command-service-url", COMMANDS::url);
        registry.add("vigil.gateway.query-service-url", QUERIES::url);
        registry.add("vigil.gateway.notifier-url", NOTIFIER::url);
        registry.add("spring.security.oauth2.client.provider.vigil.issuer-uri", StubIssuer::url);
        registry.add("spring.security.oauth2.client.registration.vigil.client-secret", () -> "gateway-secret");
        // the stubs answer at once; ServiceOutageIT waits this long for one that does not
        registry.add("spring.http.client.read-timeout", () -> READ_TIMEOUT.toMillis() + "ms");
        GatewayDatabase.addTo(registry);
    }

    @BeforeEach
    void forgetEarlierRequests() {
        COMMANDS.forget();
        QUERIES.forget();
        NOTIFIER.forget();
        StubIssuer.server().forget();
    }

    /** A browser session after logging in, whose access token expires at {@code expiresAt}. */
    Session logIn(String userId, String role, String hospital, String accessToken, Instant expiresAt) {
        return LoggedInSessions.logIn(gateway, userId, role, hospital, accessToken, expiresAt);
    }

    Session logIn(String userId, String role, String hospital) {
        return logIn(userId, role, hospital, "access-token-of-" + userId, Instant.now().plusSeconds(600));
    }

    /** A logged-in browser: the gateway's session cookie, naming a session the gateway keeps in its database. */
    record Session(String id, String cookieName) {
        MockHttpServletRequestBuilder on(MockHttpServletRequestBuilder request) {
            return request.cookie(cookie());
        }

        HttpRequest.Builder on(HttpRequest.Builder request) {
            return request.header("Cookie", cookieHeader());
        }

        String cookieHeader() {
            return cookieName + "=" + LoggedInSessions.cookieValue(id);
        }

        Cookie cookie() {
            return new Cookie(cookieName, LoggedInSessions.cookieValue(id));
        }
    }

    /** The cookie of a session the gateway no longer keeps (expired, or ended at logout). */
    static String expiredSessionCookie() {
        return "JSESSIONID=" + LoggedInSessions.cookieValue(UUID.randomUUID().toString());
    }

    /** A plain HTTP request to the running gateway, without session or redirects. */
    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts that the response is the catalogue's problem {@code urn:vigil:problem:<code>}, as
     * {@code application/problem+json} with its status, and returns its body.
     */
    static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .matches("application/problem\\+json(;.*)?");
        try {
            var problem = new ObjectMapper().readTree(response.body());
            assertThat(problem.path("type").asText()).isEqualTo("urn:vigil:problem:" + code);
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("title").asText()).isNotBlank();
            return problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpRequest.Builder gatewayRequest(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
