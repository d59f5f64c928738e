package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;

/**
 * Several gateway instances on one database, as behind a load balancer (issue 18): a login at one is a login at
 * every one, even one that the provider's redirect completes at another; it survives a restart, and a logout at one
 * ends it everywhere. The test's own gateway is instance A; the others start here on the same database, stub
 * services and issuer.
 */
class SessionsAcrossInstancesIT extends GatewayFixture {

    @Test
    void givenAUserLoggedInThroughInstanceA_whenTheirBrowserReachesInstanceB_thenBServesTheSameUser() {
        var browser = new Browser();
        var authorization = browser.startLogin(gatewayUrl(), "/incidents/42");
        StubLogins.willLogIn("code-for-brugge", "brugge.officer", "SECURITY_OFFICER", "h-brugge",
                authorization.nonce());
        var loggedIn = browser.returnFromProvider(authorization.redirectUri(), "code-for-brugge", authorization);
        assertThat(loggedIn.headers().firstValue("Location")).hasValue(gatewayUrl() + "/incidents/42?continue");

        try (var instanceB = anotherInstance()) {
            var page = browser.get(url(instanceB) + "/incidents/42", "Accept", "text/html");
            var home = browser.get(url(instanceB) + "/", "Accept", "text/html");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).isEqualTo("answered by query-service");
            assertThat(QUERIES.received()).singleElement().extracting(StubServer.Received::authorization)
                    .isEqualTo("Bearer access-token-of-brugge.officer");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("brugge.officer", "SECURITY_OFFICER", "h-brugge");
        }
    }

    @Test
    void givenALoginStartedAtInstanceA_whenTheProviderSendsTheBrowserBackThroughInstanceB_thenBCompletesIt() {
        // behind the load balancer both instances answer at one address, which it forwards
        try (var instanceB = anotherInstance("--server.forward-headers-strategy=framework")) {
            var browser = new Browser();
            var authorization = browser.startLogin(gatewayUrl(), "/incidents/7");
            StubLogins.willLogIn("code-for-utrecht", "utrecht.dpo", "DPO", "h-utrecht", authorization.nonce());

            var loggedIn = browser.returnFromProvider(url(instanceB) + "/login/oauth2/code/vigil",
                    "code-for-utrecht", authorization, "X-Forwarded-Host", "localhost:" + port);
            var page = browser.get(loggedIn.headers().firstValue("Location").orElseThrow(), "Accept", "text/html");

            assertThat(loggedIn.statusCode()).isEqualTo(302);
            assertThat(loggedIn.headers().firstValue("Location")).hasValue(gatewayUrl() + "/incidents/7?continue");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(QUERIES.received()).singleElement().extracting(StubServer.Received::authorization)
                    .isEqualTo("Bearer access-token-of-utrecht.dpo");
        }
    }

    @Test
    void givenATokenInstanceARefreshed_whenInstanceBRelaysTheSession_thenItSendsTheFreshTokenWithoutRefreshingAgain() {
        var dpo = logIn("brugge.dpo", "DPO", "h-brugge", "expired-token", Instant.now().minusSeconds(5));
        assertThat(send(dpo.on(gatewayRequest("/incidents").header("Accept", "text/html"))).statusCode())
                .isEqualTo(200);
        StubIssuer.server().forget();
        QUERIES.forget();

        try (var instanceB = anotherInstance()) {
            var page = send(dpo.on(request(instanceB, "/incidents").header("Accept", "text/html")));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(QUERIES.received()).singleElement().extracting(StubServer.Received::authorization)
                    .isEqualTo("Bearer " + StubIssuer.FRESH_ACCESS_TOKEN);
            assertThat(StubIssuer.server().received()).noneSatisfy(request ->
                    assertThat(request.body()).contains("grant_type=refresh_token"));
        }
    }

    @Test
    void givenALoggedInSession_whenTheGatewayRestarts_thenTheSessionStillWorks() {
        GatewayFixture.Session admin;
        try (var beforeRestart = anotherInstance()) {
            admin = LoggedInSessions.logIn(beforeRestart, "admin", "ADMIN", null, "access-token-of-admin",
                    Instant.now().plusSeconds(600));
            assertThat(send(admin.on(request(beforeRestart, "/"))).body()).contains("admin");
        }

        try (var afterRestart = anotherInstance()) {
            var page = send(admin.on(request(afterRestart, "/hospital-profiles").header("Accept", "text/html")));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(NOTIFIER.received()).singleElement().extracting(StubServer.Received::authorization)
                    .isEqualTo("Bearer access-token-of-admin");
        }
    }

    @Test
    void givenASessionBothInstancesServe_whenTheUserLogsOutAtInstanceA_thenInstanceBAsksForANewLogin()
            throws Exception {
        var officer = logIn("brugge.officer", "SECURITY_OFFICER", "h-brugge");
        try (var instanceB = anotherInstance()) {
            assertThat(send(officer.on(request(instanceB, "/"))).statusCode()).isEqualTo(200);

            var logout = mvc.perform(officer.on(post("/logout")).with(csrf())).andReturn().getResponse();
            assertThat(logout.getStatus()).isEqualTo(302);
            assertThat(logout.getRedirectedUrl()).startsWith(StubIssuer.url() + "/connect/logout?");

            var page = send(officer.on(request(instanceB, "/incidents/42").header("Accept", "text/html")));
            var api = send(officer.on(request(instanceB, "/api/incidents/42")));

            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValue("http://localhost:"
                    + port(instanceB) + "/oauth2/authorization/vigil");
            assertProblem(api, 401, "unauthenticated");
            assertThat(QUERIES.received()).isEmpty();
            assertThat(sessions.findById(officer.id())).isNull();
        }
    }

    @Test
    void givenASessionIdleLongerThanItsTimeout_whenTheCleanupRuns_thenItIsDeletedAndItsCookieAsksForALogin() {
        var officer = logIn("brugge.officer", "SECURITY_OFFICER", "h-brugge");
        timeOutWithinASecond(sessions, officer.id());
        var rows = gateway.getBean(JdbcTemplate.class);

        try (var cleaning = anotherInstance("--spring.session.jdbc.cleanup-cron=* * * * * *")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> rows.queryForObject(
                    "select count(*) from gateway.spring_session where session_id = ?", Integer.class,
                    officer.id()) == 0);
            var page = send(officer.on(request(cleaning, "/incidents/42").header("Accept", "text/html")));

            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(QUERIES.received()).isEmpty();
        }
    }

    @Test
    void givenABrowserWithoutSession_whenTheGatewayStartsOne_thenItsCookieKeepsItsAttributes() {
        var toLogin = send(gatewayRequest("/incidents/42").header("Accept", "text/html"));

        assertThat(toLogin.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("; Path=/", "; HttpOnly",
                        "; SameSite=Lax").doesNotContain("Secure")); // Secure in the production profile
    }

    private static <S extends org.springframework.session.Session> void timeOutWithinASecond(
            SessionRepository<S> sessions, String id) {
        S session = sessions.findById(id);
        session.setMaxInactiveInterval(Duration.ofSeconds(1));
        sessions.save(session);
    }

    /** Another gateway on a free port, on the same database, stub services and issuer as instance A. */
    private ConfigurableApplicationContext anotherInstance(String... moreArguments) {
        var arguments = new ArrayList<>(List.of(moreArguments));
        Map.<String, Object>of("server.port", 0,
                "vigil.gateway.command-service-url", COMMANDS.url(),
                "vigil.gateway.query-service-url", QUERIES.url(),
                "vigil.gateway.notifier-url", NOTIFIER.url(),
                "spring.security.oauth2.client.provider.vigil.issuer-uri", StubIssuer.url(),
                "spring.security.oauth2.client.registration.vigil.client-secret", "gateway-secret")
                .forEach((name, value) -> arguments.add("--" + name + "=" + value));
        GatewayDatabase.properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext instance, String path) {
        return HttpRequest.newBuilder(URI.create(url(instance) + path));
    }

    private static String url(ConfigurableApplicationContext instance) {
        return "http://localhost:" + port(instance);
    }

    private String gatewayUrl() {
        return "http://localhost:" + port;
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }
}
