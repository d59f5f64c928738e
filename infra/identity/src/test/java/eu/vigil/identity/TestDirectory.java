package eu.vigil.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** A directory file and a free port for a provider under test, as the local stack would prepare them. */
final class TestDirectory {

    static final String GATEWAY_SECRET = "gateway-secret";
    static final String MACHINE_SECRET = "machine-secret";
    static final String DPO_PASSWORD = "dpo-password";
    static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/vigil";

    private TestDirectory() {}

    static Path write(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve("directory.json"), """
                    {"users":[
                      {"username":"brugge.dpo","password":"%s","roles":["DPO"],"hospital":"h-brugge"},
                      {"username":"cert.coordinator","password":"cert-password","roles":["CERT_COORDINATOR"]}],
                     "clients":[
                      {"clientId":"integration-h-brugge","secret":"%s","roles":["SECURITY_OFFICER"],"hospital":"h-brugge"}],
                     "gateway":{"clientId":"vigil-gateway","secret":"%s","redirectUri":"%s",
                      "postLogoutRedirectUri":"http://localhost:8080/"}}
                    """.formatted(DPO_PASSWORD, MACHINE_SECRET, GATEWAY_SECRET, REDIRECT_URI));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("vigil-identity-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // the issuer must name the port the provider listens on, so it is chosen before the context starts
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
