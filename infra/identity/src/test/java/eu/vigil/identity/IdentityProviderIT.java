package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ExtendWith(OutputCaptureExtension.class)
class IdentityProviderIT {

    private static final int PORT = TestDirectory.freePort();
    private static final String ISSUER = "http://localhost:" + PORT;
    private static final Path FOLDER = TestDirectory.temporaryFolder();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Browser browser = new Browser();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("vigil.identity.issuer", () -> ISSUER);
        registry.add("vigil.identity.directory-file", () -> TestDirectory.write(FOLDER).toString());
        registry.add("vigil.identity.key-file", () -> FOLDER.resolve("signing-key.json").toString());
    }

    @Test
    void discoveryNamesTheIssuerAndItsEndpoints() throws Exception {
        var response = browser.get(ISSUER + "/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = JSON.readTree(response.body());
        assertThat(discovery.path("issuer").asText()).isEqualTo(ISSUER);
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.path("end_session_endpoint").asText()).isEqualTo(ISSUER + "/connect/logout");
    }

    @Test
    void machineClientTokenCarriesItsRoleHospitalAndAudience() throws Exception {
        var response = browser.postForm(ISSUER + "/oauth2/token", "integration-h-brugge",
                TestDirectory.MACHINE_SECRET, Map.of("grant_type", "client_credentials"));

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt token = decoder().decode(JSON.readTree(response.body()).path("access_token").asText());
        assertThat(token.getSubject()).isEqualTo("integration-h-brugge");
        assertThat(token.getClaimAsStringList("vigil_roles")).containsExactly("SECURITY_OFFICER");
        assertThat(token.getClaimAsString("vigil_hospital")).isEqualTo("h-brugge");
        assertThat(token.getAudience()).contains("vigil");
        assertThat(token.getExpiresAt()).isEqualTo(token.getIssuedAt().plusSeconds(15 * 60));
    }

    @Test
    void wrongClientSecretIsRefused() {
        var response = browser.postForm(ISSUER + "/oauth2/token", "integration-h-brugge", "guessed",
                Map.of("grant_type", "client_credentials"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void userLoginYieldsTokensWithTheUsersRoleAndHospital(CapturedOutput output) throws Exception {
        String code = logIn("brugge.dpo", TestDirectory.DPO_PASSWORD);

        var response = browser.postForm(ISSUER + "/oauth2/token", "vigil-gateway", TestDirectory.GATEWAY_SECRET,
                Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", TestDirectory.REDIRECT_URI));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tokens = JSON.readTree(response.body());
        assertThat(tokens.path("refresh_token").asText()).isNotBlank();
        for (String name : new String[] {"access_token", "id_token"}) {
            Jwt token = decoder().decode(tokens.path(name).asText());
            assertThat(token.getSubject()).isEqualTo("brugge.dpo");
            assertThat(token.getClaimAsStringList("vigil_roles")).containsExactly("DPO");
            assertThat(token.getClaimAsString("vigil_hospital")).isEqualTo("h-brugge");
            assertThat(token.getAudience()).contains("vigil", "vigil-gateway");
        }
        assertThat(output).contains("AUDIT login-succeeded user=brugge.dpo hospital=h-brugge");
    }

    @Test
    void wrongPasswordFailsAndIsAuditedWithoutThePassword(CapturedOutput output) {
        browser.get(authorizeUrl());
        var login = browser.get(ISSUER + "/login");

        var response = browser.postForm(ISSUER + "/login", Map.of("username", "brugge.dpo",
                "password", "not-the-password", "_csrf", csrf(login.body())));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(ISSUER + "/login?error");
        assertThat(output).contains("AUDIT login-failed user=brugge.dpo").doesNotContain("not-the-password");
    }

    @Test
    void theLoginPageHasAMainLandmarkAHeadingLabelledFieldsAndSaysWhyALoginWasRefused() {
        browser.get(authorizeUrl());

        String page = browser.get(ISSUER + "/login").body();
        String refused = browser.get(ISSUER + "/login?error").body();

        assertThat(page).contains("<html lang=\"en\">", "<main id=\"main\">", "<h1>Sign in to Vigil</h1>",
                "<label for=\"username\">", "<label for=\"password\">").doesNotContain("role=\"alert\"");
        assertThat(refused).contains("<p class=\"error\" role=\"alert\">The user name or the password is wrong.");
    }

    @Test
    void aUserWithoutHospitalGetsNoHospitalClaim() throws Exception {
        String code = logIn("cert.coordinator", "cert-password");
        var response = browser.postForm(ISSUER + "/oauth2/token", "vigil-gateway", TestDirectory.GATEWAY_SECRET,
                Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", TestDirectory.REDIRECT_URI));

        Jwt token = decoder().decode(JSON.readTree(response.body()).path("access_token").asText());
        assertThat(token.getClaimAsStringList("vigil_roles")).containsExactly("CERT_COORDINATOR");
        assertThat(token.hasClaim("vigil_hospital")).isFalse();
    }

    // GET authorize → login form → POST credentials → back to authorize → redirect with the code
    private String logIn(String username, String password) {
        var toLogin = browser.get(authorizeUrl());
        assertThat(toLogin.headers().firstValue("Location")).hasValue(ISSUER + "/login");
        var login = browser.get(ISSUER + "/login");
        var loggedIn = browser.postForm(ISSUER + "/login",
                Map.of("username", username, "password", password, "_csrf", csrf(login.body())));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        var authorized = browser.get(loggedIn.headers().firstValue("Location").orElseThrow());
        String redirect = authorized.headers().firstValue("Location").orElseThrow();
        assertThat(redirect).startsWith(TestDirectory.REDIRECT_URI);
        var query = UriComponentsBuilder.fromUri(URI.create(redirect)).build().getQueryParams();
        assertThat(query.getFirst("state")).isEqualTo("some-state");
        return query.getFirst("code");
    }

    private static String authorizeUrl() {
        return ISSUER + "/oauth2/authorize?response_type=code&client_id=vigil-gateway&scope=openid%20profile"
                + "&state=some-state&redirect_uri=" + TestDirectory.REDIRECT_URI;
    }

    private static String csrf(String loginPage) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(matcher.find()).as("CSRF field in the login form").isTrue();
        return matcher.group(1);
    }

    // checks the signature against the published JWKS and the issuer
    private static JwtDecoder decoder() {
        return JwtDecoders.fromIssuerLocation(ISSUER);
    }
}
