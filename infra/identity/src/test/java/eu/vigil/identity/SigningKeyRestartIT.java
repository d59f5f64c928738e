package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoders;

class SigningKeyRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final Browser browser = new Browser();

    @Test
    void aRestartKeepsTheKeyAndTheTokensItSigned() throws Exception {
        int port = TestDirectory.freePort();
        String issuer = "http://localhost:" + port;
        String kidBefore;
        String token;
        try (var first = start(port)) {
            kidBefore = kid(issuer);
            token = JSON.readTree(browser.postForm(issuer + "/oauth2/token", "integration-h-brugge",
                    TestDirectory.MACHINE_SECRET, Map.of("grant_type", "client_credentials")).body())
                    .path("access_token").asText();
        }

        try (var second = start(port)) {
            assertThat(kid(issuer)).isEqualTo(kidBefore);
            assertThat(JwtDecoders.fromIssuerLocation(issuer).decode(token).getSubject())
                    .isEqualTo("integration-h-brugge");
        }
    }

    private ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(IdentityApplication.class).run(
                "--server.port=" + port,
                "--vigil.identity.issuer=http://localhost:" + port,
                "--vigil.identity.directory-file=" + TestDirectory.write(folder),
                "--vigil.identity.key-file=" + folder.resolve("keys/signing-key.json"));
    }

    private String kid(String issuer) throws Exception {
        var keys = JSON.readTree(browser.get(issuer + "/oauth2/jwks").body()).path("keys");
        assertThat(keys).hasSize(1);
        return keys.get(0).path("kid").asText();
    }
}
