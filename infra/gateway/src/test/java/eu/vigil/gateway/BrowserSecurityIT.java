package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.web.util.UriComponentsBuilder;

@ExtendWith(OutputCaptureExtension.class)
class BrowserSecurityIT extends GatewayFixture {
    @org.springframework.beans.factory.annotation.Autowired org.springframework.security.web.FilterChainProxy chains;

    @Test
    void aPageWithoutSessionSendsTheBrowserToTheIssuersLogin() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        var toLogin = browser.send(gatewayRequest("/incidents/42").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location")).hasValue("http://localhost:" + port
                + "/oauth2/authorization/vigil");

        var toIssuer = browser.send(HttpRequest.newBuilder(URI.create(toLogin.headers().firstValue("Location")
                .orElseThrow())).build(), HttpResponse.BodyHandlers.ofString());
        String authorize = toIssuer.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(StubIssuer.url() + "/oauth2/authorize?");
        var query = UriComponentsBuilder.fromUri(URI.create(authorize)).build().getQueryParams();
        assertThat(query.getFirst("client_id")).isEqualTo("vigil-gateway");
        assertThat(query.getFirst("scope")).isEqualTo("openid%20profile");
        assertThat(QUERIES.received()).isEmpty();
    }

    @Test
    void theFaviconABrowserFetchesByItselfStartsNoSecondLogin() throws Exception {
        mvc.perform(get("/favicon.ico").header("Accept", "image/avif,image/webp,*/*"))
           .andExpect(status().isNotFound());
    }

    @Test
    void aPageRememberedBeforeLoginIsWhereTheBrowserReturns() throws Exception {
        var result = mvc.perform(get("/incidents/42")).andExpect(status().isFound()).andReturn();

        var cookie = result.getResponse().getCookie("JSESSIONID");
        var session = sessions.findById(LoggedInSessions.sessionId(cookie.getValue()));
        DefaultSavedRequest saved = session.getAttribute("SPRING_SECURITY_SAVED_REQUEST");
        assertThat(saved.getRedirectUrl()).startsWith("http://localhost/incidents/42");
    }

    @Test
    void anApiRequestWithoutAuthenticationIsAProblemNotARedirect(CapturedOutput output) throws Exception {
        var response = send(gatewayRequest("/api/incidents"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:vigil:problem:unauthenticated");
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(QUERIES.received()).isEmpty();
        assertThat(output).contains("AUDIT refused status=401 reason=unauthenticated user=- method=GET "
                + "path=/api/incidents");
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedAndNotForwarded(CapturedOutput output) throws Exception {
        var officer = logIn("brugge.officer", "SECURITY_OFFICER", "h-brugge");

        mvc.perform(officer.on(post("/incidents/new")).param("summary", "Phishing kit"))
           .andExpect(status().isForbidden());

        assertThat(COMMANDS.received()).isEmpty();
        assertThat(output).contains("AUDIT refused status=403 reason=csrf user=brugge.officer method=POST "
                + "path=/incidents/new");
    }

    @Test
    void aRefusedBrowserPostGetsAPageSayingWhatToDo() {
        var response = send(gatewayRequest("/incidents/new").header("Accept", "text/html")
                .header("Cookie", expiredSessionCookie()) // CSRF guards a request with the session cookie
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("summary=x")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Not allowed", "reload it and submit again");
        assertThat(COMMANDS.received()).isEmpty();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (var response : new HttpResponse<?>[] {send(gatewayRequest("/api/incidents")),
                send(gatewayRequest("/api/incidents/42").header("Authorization", "Bearer machine-token")),
                send(gatewayRequest("/actuator/health"))}) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).hasValue("default-src 'self'; "
                    + "script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                    + "form-action 'self' " + StubIssuer.url());
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void theHomePageSaysWhoIsLoggedInAndLinksTheirPages() throws Exception {
        var officer = logIn("brugge.officer", "SECURITY_OFFICER", "h-brugge");

        mvc.perform(officer.on(get("/")))
           .andExpect(status().isOk())
           .andExpect(content().string(org.hamcrest.Matchers.allOf(
                   org.hamcrest.Matchers.containsString("brugge.officer"),
                   org.hamcrest.Matchers.containsString("SECURITY_OFFICER"),
                   org.hamcrest.Matchers.containsString("h-brugge"),
                   org.hamcrest.Matchers.containsString("href=\"/incidents/new\""),
                   org.hamcrest.Matchers.containsString("href=\"/seen-incidents\""),
                   org.hamcrest.Matchers.containsString("href=\"/deadlines\""),
                   org.hamcrest.Matchers.containsString("href=\"/hospital\""),
                   org.hamcrest.Matchers.containsString("href=\"/hospital-profiles/h-brugge\""),
                   org.hamcrest.Matchers.containsString("name=\"_csrf\""))));
    }

    @Test
    void theHomePageIsOnTheLayoutOfEveryPageWithItsNavigationMarkedHere() throws Exception {
        String page = mvc.perform(logIn("brugge.dpo", "DPO", "h-brugge").on(get("/")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("href=\"/ui/vigil.css\"", "class=\"skip-link\"", "<main id=\"main\"",
                        "<a href=\"/\" aria-current=\"page\">Home</a>", "href=\"/breach-register\"",
                        "href=\"/authorities\"", "What to do next")
                .doesNotContain("/css/gateway.css", "href=\"/incidents/new\"");
    }

    @Test
    void theCertCoordinatorsHomeLeadsToTheFeedAndOffersLogout() throws Exception {
        String page = mvc.perform(logIn("cert", "CERT_COORDINATOR", null).on(get("/")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Open the feed of what hospitals shared", "href=\"/cert/feed\"",
                        "action=\"/logout\"")
                .doesNotContain("href=\"/incidents\"", "href=\"/hospital-profiles\"", "Your role has no pages yet");
    }

    @Test
    void theAdministratorsHomeLinksTheHospitalsAndEachServicesParkedRecords() throws Exception {
        mvc.perform(logIn("admin", "ADMIN", null).on(get("/")))
           .andExpect(status().isOk())
           .andExpect(content().string(org.hamcrest.Matchers.allOf(
                   org.hamcrest.Matchers.containsString("href=\"/hospital-profiles\""),
                   org.hamcrest.Matchers.containsString("href=\"/admin/dead-letters/query-service\""),
                   org.hamcrest.Matchers.containsString("href=\"/admin/dead-letters/notifier\""),
                   org.hamcrest.Matchers.containsString("href=\"/admin/dead-letters/command-service\""),
                   org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("href=\"/hospital\"")))));
    }

    @Test
    void theHomePageLeavesTheSlotForTheMissingProfileWarningToHospitalStaffAndAdministratorsOnly() throws Exception {
        String slot = "data-profile-warning=\"/hospital-profile/warning\"";
        for (var user : List.of(logIn("brugge.dpo", "DPO", "h-brugge"), logIn("admin", "ADMIN", null))) {
            mvc.perform(user.on(get("/")))
               .andExpect(status().isOk())
               .andExpect(content().string(org.hamcrest.Matchers.allOf(
                       org.hamcrest.Matchers.containsString(slot),
                       org.hamcrest.Matchers.containsString("src=\"/ui/vigil.js\""))));
        }
        mvc.perform(logIn("cert", "CERT_COORDINATOR", null).on(get("/")))
           .andExpect(status().isOk())
           .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(slot))));
    }

    @Test
    void theHomePageSpeaksTheBrowsersLanguage() throws Exception {
        var officer = logIn("brugge.officer", "SECURITY_OFFICER", "h-brugge");

        String page = mvc.perform(officer.on(get("/")).header("Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<html lang=\"fr\"", "Bienvenue dans Vigil", "Connecté en tant que",
                "Signaler un incident", "Se déconnecter").doesNotContain("Welcome to Vigil");
    }

    @Test
    void aRefusedFrenchBrowserPostGetsThePageInFrench() {
        var response = send(gatewayRequest("/incidents/new").header("Accept", "text/html")
                .header("Accept-Language", "fr")
                .header("Cookie", expiredSessionCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("summary=x")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<html lang=\"fr\"", "Accès refusé", "rechargez-la et envoyez-le");
        assertThat(COMMANDS.received()).isEmpty();
    }

    @Test
    void anApiRequestWithoutAuthenticationIsRefusedInTheCallersLanguage() throws Exception {
        var response = send(gatewayRequest("/api/incidents").header("Accept-Language", "nl-BE,nl;q=0.9"));

        var problem = assertProblem(response, 401, "unauthenticated");
        assertThat(problem.path("title").asText()).isEqualTo("Aanmelding vereist");
        assertThat(problem.path("detail").asText()).startsWith("Meld u aan bij de Vigil-gateway");
    }

    @Test
    void aDpoIsNotOfferedTheReportForm() throws Exception {
        var dpo = logIn("brugge.dpo", "DPO", "h-brugge");

        mvc.perform(dpo.on(get("/")))
           .andExpect(status().isOk())
           .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/incidents\"")))
           .andExpect(content().string(org.hamcrest.Matchers.not(
                   org.hamcrest.Matchers.containsString("href=\"/incidents/new\""))));
    }

    @Test
    void logoutEndsTheSessionHereAndAtTheIssuer() throws Exception {
        var officer = logIn("brugge.officer", "SECURITY_OFFICER", "h-brugge");

        mvc.perform(officer.on(post("/logout")).with(csrf()))
           .andExpect(status().isFound())
           .andExpect(redirectedUrl(StubIssuer.url() + "/connect/logout?id_token_hint=id-token-of-brugge.officer"
                   + "&post_logout_redirect_uri=http://localhost/"));

        assertThat(sessions.findById(officer.id())).isNull();
        mvc.perform(get("/incidents")).andExpect(status().isFound())
           .andExpect(redirectedUrl("http://localhost/oauth2/authorization/vigil"));
    }
}
