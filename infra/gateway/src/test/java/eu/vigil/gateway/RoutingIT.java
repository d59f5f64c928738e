package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class RoutingIT extends GatewayFixture {

    private static final Map<String, StubServer> SERVICES = Map.of(
            "command-service", COMMANDS, "query-service", QUERIES, "notifier", NOTIFIER);

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "POST, /api/incidents,            command-service",
            "GET,  /api/hospitals,            command-service",
            "PUT,  /api/hospitals/h-brugge,   command-service",
            "GET,  /api/drill-scenarios,      command-service",
            "POST, /api/drills,               command-service",
            "POST, /api/drills/42/end,        command-service",
            "GET,  /drills,                   command-service",
            "GET,  /drills/new,               command-service",
            "POST, /drills/new,               command-service",
            "GET,  /drills/42,                command-service",
            "POST, /drills/42/end,            command-service",
            "GET,  /incidents/new,            command-service",
            "POST, /incidents/new,            command-service",
            "POST, /api/incidents/42/timeline, command-service",
            "PUT,  /api/incidents/42/share,   command-service",
            "GET,  /api/incidents/42/integrity, command-service",
            "GET,  /api/incidents/42/history, query-service",
            "GET,  /incidents/42/timeline/new, command-service",
            "POST, /incidents/42/timeline/new, command-service",
            "GET,  /incidents/42/indicators/7/correction, command-service",
            "GET,  /incidents/42/integrity,   command-service",
            "GET,  /api/incidents,            query-service",
            "GET,  /api/incidents/42,         query-service",
            "GET,  /incidents,                query-service",
            "GET,  /incidents/42,             query-service",
            "GET,  /api/seen-incidents,       notifier",
            "GET,  /seen-incidents/42,        notifier",
            "GET,  /deadlines,                notifier",
            "POST, /deadlines/42/submission,  notifier",
            "GET,  /api/obligations,          notifier",
            "POST, /api/obligations/42/not-required, notifier",
            "GET,  /api/calendars/hospital.ics, notifier",
            "PUT,  /api/notification-profiles/h-brugge, notifier",
            "GET,  /admin/dead-letters/command-service, command-service",
            "GET,  /admin/dead-letters/query-service, query-service",
            "POST, /admin/dead-letters/query-service/7/replay, query-service",
            "GET,  /admin/read-models, query-service",
            "POST, /admin/read-models/register/rebuild, query-service",
            "GET,  /api/read-models, query-service",
            "POST, /api/read-models/timeline/rebuild, query-service",
            "GET,  /live/read-models, query-service",
            "GET,  /cert/feed, query-service",
            "GET,  /api/cert/feed, query-service",
            "GET,  /api/cert/feed.stix, query-service",
            "GET,  /api/cert/feed.misp.json, query-service",
            "GET,  /api/cert/feed.csv, query-service",
            "GET,  /cert/trends, query-service",
            "GET,  /cert/trends.csv, query-service",
            "GET,  /api/cert/trends, query-service",
            "GET,  /api/cert/shares/42.stix, query-service",
            "GET,  /sector, query-service",
            "GET,  /api/sector/feed, query-service",
            "GET,  /drill-reports, query-service",
            "GET,  /drill-reports/42, query-service",
            "GET,  /drill-reports/42/pdf, query-service",
            "GET,  /api/drill-reports, query-service",
            "GET,  /api/drill-reports/42, query-service",
            "GET,  /taxii2/, query-service",
            "GET,  /taxii2/cert/collections/4d6c2b0e-6f2a-4c38-9a3e-0b1f3c5d7e01/objects/, query-service",
            "GET,  /admin/dead-letters/notifier, notifier",
            "GET,  /hospital-profile/warning, notifier",
            "GET,  /hospital-profiles,        notifier",
            "GET,  /hospital-profiles/h-brugge, notifier",
            "POST, /hospital-profiles/h-brugge, notifier",
            "POST, /admin/dead-letters/notifier/7/replay, notifier"})
    void eachRouteReachesItsServiceWithTheUsersAccessToken(String method, String path, String service)
            throws Exception {
        var officer = logIn("brugge.officer", "SECURITY_OFFICER", "h-brugge");

        mvc.perform(officer.on(request(HttpMethod.valueOf(method), path)).with(csrf().asHeader()))
           .andExpect(status().isOk())
           .andExpect(content().string("answered by " + service));

        var received = SERVICES.get(service).received();
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo(method);
            assertThat(request.path()).isEqualTo(path);
            assertThat(request.authorization()).isEqualTo("Bearer access-token-of-brugge.officer");
        });
        SERVICES.values().stream().filter(other -> other != SERVICES.get(service))
                .forEach(other -> assertThat(other.received()).isEmpty());
    }

    @Test
    void aPrivateCalendarAddressReachesTheNotifierWithoutLoginOrToken() throws Exception {
        mvc.perform(get("/calendar/private-token.ics"))
           .andExpect(status().isOk())
           .andExpect(content().string("answered by notifier"));

        assertThat(SERVICES.get("notifier").received()).singleElement()
                .satisfies(request -> assertThat(request.authorization()).isNull());
    }

    @Test
    void givenAUserAtTheGatewaysAddressWhenTheNotifierMakesACalendarAddressThenItIsToldThatAddressOnly()
            throws Exception {
        var dpo = logIn("brugge.dpo", "DPO", "h-brugge");

        mvc.perform(dpo.on(request(HttpMethod.POST, "/deadlines/calendar")).with(csrf().asHeader())
                   .header("X-Forwarded-Host", "phishing.example") // what a client claims is not passed on
                   .with(atAddress -> {
                       atAddress.setScheme("https");
                       atAddress.setServerName("vigil.brugge.example");
                       atAddress.setServerPort(443);
                       atAddress.setSecure(true);
                       return atAddress;
                   }))
           .andExpect(status().isOk());

        // the notifier builds the private calendar address from these (issue 19, item 5; CalendarFeedIT)
        assertThat(NOTIFIER.received()).singleElement().satisfies(request -> {
            assertThat(request.headers().getFirst("X-Forwarded-Host")).isEqualTo("vigil.brugge.example");
            assertThat(request.headers().getFirst("X-Forwarded-Proto")).isEqualTo("https");
        });
    }

    @Test
    void theReportFormReachesCommandServiceWithItsFields() throws Exception {
        var officer = logIn("brugge.officer", "SECURITY_OFFICER", "h-brugge");

        mvc.perform(officer.on(request(HttpMethod.POST, "/incidents/new")).with(csrf())
                   .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                   .param("summary", "Phishing kit").param("category", "fraud/phishing"))
           .andExpect(status().isOk());

        var form = StubServer.form(COMMANDS.received().get(0).body());
        assertThat(form).containsEntry("summary", "Phishing+kit").containsEntry("category", "fraud%2Fphishing");
    }

    @Test
    void anExpiredAccessTokenIsRefreshedBeforeItIsRelayed() throws Exception {
        var dpo = logIn("brugge.dpo", "DPO", "h-brugge", "expired-token", Instant.now().minusSeconds(5));

        mvc.perform(dpo.on(request(HttpMethod.GET, "/incidents"))).andExpect(status().isOk());

        assertThat(QUERIES.received()).singleElement().extracting(StubServer.Received::authorization)
                .isEqualTo("Bearer " + StubIssuer.FRESH_ACCESS_TOKEN);
        assertThat(StubIssuer.server().received()).anySatisfy(request ->
                assertThat(request.body()).contains("grant_type=refresh_token", "refresh_token=refresh-1"));
    }

    @Test
    void anApiClientsBearerTokenPassesThroughUnchangedWithoutASession() {
        var response = send(gatewayRequest("/api/incidents/42").header("Authorization", "Bearer machine-token"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(QUERIES.received()).singleElement().extracting(StubServer.Received::authorization)
                .isEqualTo("Bearer machine-token");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void aTaxiiClientsBearerTokenPassesThroughUnchangedWithoutASession() {
        var response = send(gatewayRequest("/taxii2/cert/collections/").header("Authorization", "Bearer taxii-client")
                .header("Accept", "application/taxii+json;version=2.1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(QUERIES.received()).singleElement().extracting(StubServer.Received::authorization)
                .isEqualTo("Bearer taxii-client");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void anApiClientPostsWithoutCsrfToken() {
        var response = send(gatewayRequest("/api/incidents").header("Authorization", "Bearer machine-token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"summary\":\"Phishing kit\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(COMMANDS.received()).singleElement().satisfies(request -> {
            assertThat(request.authorization()).isEqualTo("Bearer machine-token");
            assertThat(request.body()).isEqualTo("{\"summary\":\"Phishing kit\"}");
        });
    }
}
