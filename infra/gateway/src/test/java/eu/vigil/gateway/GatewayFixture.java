package eu.vigil.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The gateway on a random port in front of three stub services and a stub issuer. A logged-in browser is a
 * MockMvc session holding the user's OIDC login and authorized client, as the real login leaves them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class GatewayFixture {

    static final StubServer COMMANDS = StubServer.service("command-service");
    static final StubServer QUERIES = StubServer.service("query-service");
    static final StubServer NOTIFIER = StubServer.service("notifier");
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    @Autowired MockMvc mvc;
    @Autowired ClientRegistrationRepository registrations;
    @Autowired OAuth2AuthorizedClientRepository authorizedClients;
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
        var idToken = OidcIdToken.withTokenValue("id-token-of-" + userId).subject(userId)
                .issuer(StubIssuer.url()).audience(List.of("vigil-gateway", "vigil"))
                .claim("vigil_roles", List.of(role)).claim("vigil_hospital", hospital)
                .issuedAt(Instant.now().minusSeconds(60)).expiresAt(Instant.now().plusSeconds(600)).build();
        var user = new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), idToken, "sub");
        var authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "vigil");
        var client = new OAuth2AuthorizedClient(registrations.findByRegistrationId("vigil"), userId,
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken,
                        expiresAt.minusSeconds(900), expiresAt),
                new OAuth2RefreshToken("refresh-1", Instant.now().minusSeconds(900)));
        var session = new MockHttpSession();
        var request = new MockHttpServletRequest();
        request.setSession(session);
        authorizedClients.saveAuthorizedClient(client, authentication, request, new MockHttpServletResponse());
        return new Session(session, authentication(authentication));
    }

    Session logIn(String userId, String role, String hospital) {
        return logIn(userId, role, hospital, "access-token-of-" + userId, Instant.now().plusSeconds(600));
    }

    record Session(MockHttpSession session, RequestPostProcessor user) {
        MockHttpServletRequestBuilder on(MockHttpServletRequestBuilder request) {
            return request.session(session).with(user);
        }
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
