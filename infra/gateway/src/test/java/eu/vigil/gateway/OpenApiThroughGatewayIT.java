package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The services' OpenAPI documents and the page that browses them, through the gateway (issue 15). */
class OpenApiThroughGatewayIT extends GatewayFixture {

    private static final Map<String, StubServer> SERVICES = Map.of(
            "command-service", COMMANDS, "query-service", QUERIES, "notifier", NOTIFIER);

    @ParameterizedTest(name = "/openapi/{0}.json")
    @ValueSource(strings = {"command-service", "query-service", "notifier"})
    void givenALoggedInUserWhenTheyAskForAServicesDocumentThenItsApiDocsAnswerWithTheirToken(String service)
            throws Exception {
        var coordinator = logIn("cert.coordinator", "CERT_COORDINATOR", null);

        mvc.perform(coordinator.on(get("/openapi/" + service + ".json")))
           .andExpect(status().isOk())
           .andExpect(content().string("answered by " + service));

        assertThat(SERVICES.get(service).received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/v3/api-docs");
            assertThat(request.authorization()).isEqualTo("Bearer access-token-of-cert.coordinator");
        });
        SERVICES.values().stream().filter(other -> other != SERVICES.get(service))
                .forEach(other -> assertThat(other.received()).isEmpty());
    }

    @Test
    void givenALoggedInUserWhenTheyOpenThePageThenSwaggerUiStartsFromFilesUnderTheStrictPolicy() throws Exception {
        var officer = logIn("brugge.officer", "SECURITY_OFFICER", "h-brugge");

        var page = mvc.perform(officer.on(get("/openapi")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        Matchers.allOf(Matchers.containsString("script-src 'self';"),
                                Matchers.not(Matchers.containsString("unsafe")))))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)") // every script is a file
                .contains("<title>Vigil API</title>", "/openapi/initializer.js");
        var assets = java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page).results()
                .map(match -> match.group(1)).toList();
        assertThat(assets).anyMatch(asset -> asset.endsWith("/swagger-ui-bundle.js"))
                .anyMatch(asset -> asset.endsWith("/swagger-ui.css"));
        for (String asset : assets) {
            mvc.perform(officer.on(get(asset))).andExpect(status().isOk());
        }
        mvc.perform(officer.on(get("/openapi/initializer.js")))
           .andExpect(content().string(Matchers.allOf(Matchers.containsString("/openapi/command-service.json"),
                   Matchers.containsString("/openapi/query-service.json"),
                   Matchers.containsString("/openapi/notifier.json"))));
    }

    @Test
    void givenAnApiClientWithItsOwnTokenWhenItAsksForADocumentThenTheTokenPassesThroughWithoutASession()
            throws Exception {
        mvc.perform(get("/openapi/notifier.json").header("Authorization", "Bearer machine-token"))
           .andExpect(status().isOk())
           .andExpect(content().string("answered by notifier"))
           .andExpect(header().doesNotExist("Set-Cookie"));

        assertThat(NOTIFIER.received()).singleElement()
                .satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer machine-token"));
    }

    @Test
    void givenNoLoginWhenTheDocumentIsAskedForThenTheBrowserIsSentToLogInAndNoServiceIsAsked() throws Exception {
        mvc.perform(get("/openapi/notifier.json"))
           .andExpect(status().isFound())
           .andExpect(redirectedUrlPattern("**/oauth2/authorization/vigil"));

        SERVICES.values().forEach(service -> assertThat(service.received()).isEmpty());
    }
}
