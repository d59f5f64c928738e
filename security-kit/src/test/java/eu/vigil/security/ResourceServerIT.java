package eu.vigil.security;

import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The kit in a small web application: which tokens are trusted, what the answers look like, what is audited. */
@SpringBootTest(classes = ResourceServerIT.Application.class)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ResourceServerIT {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {

        @Bean
        EndpointRules rules() {
            return rules -> rules
                    .requestMatchers("/me").access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                    .requestMatchers("/reference-data").hasRole(VigilRole.ADMIN.name());
        }

        @Bean
        MeController meController() {
            return new MeController();
        }
    }

    @RestController
    static class MeController {

        @GetMapping("/me")
        Map<String, Object> me(@AuthenticationPrincipal VigilUser user) {
            return Map.of("userId", user.userId(), "hospitalId", user.ownHospital(), "roles", user.roles());
        }

        @GetMapping("/reference-data")
        String referenceData() {
            return "hospitals";
        }

        @GetMapping("/without-rule")
        String withoutRule() {
            return "never";
        }
    }

    @DynamicPropertySource
    static void trustTheTestTokens(DynamicPropertyRegistry registry) {
        TestTokens.trustProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired MockMvc mvc;

    @Test
    void aControllerGetsTheUserOfAValidToken() throws Exception {
        mvc.perform(get("/me").header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.userId").value("u-officer-1"))
           .andExpect(jsonPath("$.hospitalId").value("h-brugge"))
           .andExpect(jsonPath("$.roles[0]").value("SECURITY_OFFICER"));
    }

    @Test
    void noTokenIsAnUnauthenticatedProblemThatSaysWhatToDo(CapturedOutput output) throws Exception {
        unauthenticated(mvc.perform(get("/me")))
           .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
           .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("bearer token")));

        assertThat(output).contains("AUDIT refused GET /me user=- hospital=- roles=[] reason=no bearer token");
    }

    @Test
    void anExpiredTokenIsRefusedAndTheReasonIsAuditedWithoutTheToken(CapturedOutput output) throws Exception {
        String token = TestTokens.expired("u-officer-1", "SECURITY_OFFICER", "h-brugge");

        unauthenticated(mvc.perform(get("/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)));

        assertThat(output).contains("AUDIT refused GET /me user=- hospital=- roles=[] reason=token rejected:")
                          .contains("expired")
                          .doesNotContain(token)
                          .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    @Test
    void aBrowserAskingForAPageGetsAPageThatSaysWhatToDoInsteadOfJson() throws Exception {
        mvc.perform(get("/me").header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8"))
           .andExpect(status().isUnauthorized())
           .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
           .andExpect(content().string(containsString("<h1>Authentication required</h1>")))
           .andExpect(content().string(containsString("Log in at the Vigil gateway")));
    }

    @Test
    void aTokenFromAnotherIssuerAndKeyIsRefused() throws Exception {
        unauthenticated(mvc.perform(get("/me").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + TestTokens.fromAnotherIssuer("u-officer-1", "SECURITY_OFFICER", "h-brugge"))));
    }

    @Test
    void aTokenSignedWithTheTrustedKeyButNamingAnotherIssuerIsRefused() throws Exception {
        unauthenticated(mvc.perform(get("/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.withIssuer(
                "https://issuer.elsewhere.example", "u-officer-1", "SECURITY_OFFICER", "h-brugge"))));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        unauthenticated(mvc.perform(get("/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forAudience(
                "another-app", "u-officer-1", "SECURITY_OFFICER", "h-brugge"))));
    }

    @Test
    void aWrongRoleIsAForbiddenProblemAndIsAuditedWithUserAndHospital(CapturedOutput output) throws Exception {
        forbidden(mvc.perform(get("/reference-data").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge"))));

        assertThat(output).contains(
                "AUDIT refused GET /reference-data user=u-officer-1 hospital=h-brugge roles=[SECURITY_OFFICER] reason=");
    }

    @Test
    void theRightRoleIsAllowed() throws Exception {
        mvc.perform(get("/reference-data").header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + TestTokens.bearer("u-admin-1", "ADMIN", null)))
           .andExpect(status().isOk());
    }

    @Test
    void aHospitalRoleWithoutAHospitalInTheTokenIsForbidden() throws Exception {
        forbidden(mvc.perform(get("/me").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + TestTokens.bearer("u-dpo-1", "DPO", null))));
    }

    @Test
    void anEndpointWithoutARuleIsDeniedToEveryone() throws Exception {
        forbidden(mvc.perform(get("/without-rule").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + TestTokens.bearer("u-admin-1", "ADMIN", null))));
        unauthenticated(mvc.perform(get("/without-rule")));
    }

    @Test
    void aTokenWithAnUnknownRoleOnlyGrantsNothing() throws Exception {
        forbidden(mvc.perform(get("/reference-data").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + TestTokens.bearer("u-other-1", "SUPERUSER", "h-brugge"))));
    }

    private static ResultActions unauthenticated(ResultActions result) throws Exception {
        return result.andExpect(status().isUnauthorized())
                     .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                     .andExpect(jsonPath("$.type").value("urn:vigil:problem:unauthenticated"))
                     .andExpect(jsonPath("$.title").value("Authentication required"))
                     .andExpect(jsonPath("$.status").value(401));
    }

    private static ResultActions forbidden(ResultActions result) throws Exception {
        return result.andExpect(status().isForbidden())
                     .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                     .andExpect(jsonPath("$.type").value("urn:vigil:problem:forbidden"))
                     .andExpect(jsonPath("$.title").value("Not allowed for your role"))
                     .andExpect(jsonPath("$.status").value(403));
    }
}
