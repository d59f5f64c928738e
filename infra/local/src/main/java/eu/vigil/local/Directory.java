package eu.vigil.local;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local identity provider's demo users and clients, with passwords and secrets generated at first start and
 * kept in the data folder (never in the repository). infra/identity reads the same file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Directory(List<User> users, List<Client> clients, Gateway gateway) {

    static final List<String> DEMO_HOSPITALS = List.of("brugge", "utrecht", "lyon", "koeln");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record User(String username, String password, List<String> roles, String hospital) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Client(String clientId, String secret, List<String> roles, String hospital) {
    }

    record Gateway(String clientId, String secret, String redirectUri, String postLogoutRedirectUri) {
    }

    /** Reads the directory, or creates it with fresh secrets; the gateway's addresses follow its current port. */
    static Directory loadOrCreate(Path file, String gatewayUrl) throws IOException {
        Directory directory = Files.exists(file) ? JSON.readValue(file.toFile(), Directory.class) : generate();
        directory = directory.withGatewayAt(gatewayUrl);
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), directory);
        return directory;
    }

    Optional<Client> client(String clientId) {
        return clients.stream().filter(client -> client.clientId().equals(clientId)).findFirst();
    }

    private Directory withGatewayAt(String gatewayUrl) {
        return new Directory(users, clients, new Gateway(gateway.clientId(), gateway.secret(),
                gatewayUrl + "/login/oauth2/code/vigil", gatewayUrl + "/"));
    }

    private static Directory generate() {
        var users = new ArrayList<User>();
        var clients = new ArrayList<Client>();
        for (String city : DEMO_HOSPITALS) {
            users.add(new User(city + ".officer", secret(), List.of("SECURITY_OFFICER"), "h-" + city));
            users.add(new User(city + ".dpo", secret(), List.of("DPO"), "h-" + city));
            // a second DPO: where the hospital asks for four eyes, a draft is approved by two people
            users.add(new User(city + ".dpo2", secret(), List.of("DPO"), "h-" + city));
            clients.add(new Client("integration-h-" + city, secret(), List.of("SECURITY_OFFICER"), "h-" + city));
            // the demo loader records the DPO's submissions to the authorities with this one
            clients.add(new Client("dpo-integration-h-" + city, secret(), List.of("DPO"), "h-" + city));
        }
        users.add(new User("cert.coordinator", secret(), List.of("CERT_COORDINATOR"), null));
        users.add(new User("admin", secret(), List.of("ADMIN"), null));
        clients.add(new Client("integration-admin", secret(), List.of("ADMIN"), null));
        // the sector CERT's own tools (a TAXII or MISP pull, the tests of what the CERT reads)
        clients.add(new Client("integration-cert", secret(), List.of("CERT_COORDINATOR"), null));
        return new Directory(users, clients, new Gateway("vigil-gateway", secret(), null, null));
    }

    private static String secret() {
        var secret = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }
}
