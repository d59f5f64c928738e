package eu.vigil.local;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Access tokens for the local stack's machine clients, from the identity provider's token endpoint; one per
 * client, reused, since a token outlives the few seconds the demo data takes to load.
 */
final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuer;
    private final Directory directory;
    private final Map<String, String> issued = new HashMap<>();

    Tokens(String issuer, Directory directory) {
        this.issuer = issuer;
        this.directory = directory;
    }

    /** A client-credentials access token ("Bearer ...") for one of the directory's machine clients. */
    String bearer(String clientId) throws IOException, InterruptedException {
        String token = issued.get(clientId);
        if (token == null) {
            token = request(clientId);
            issued.put(clientId, token);
        }
        return token;
    }

    private String request(String clientId) throws IOException, InterruptedException {
        var client = directory.client(clientId)
                .orElseThrow(() -> new IllegalArgumentException("No machine client " + clientId));
        var basic = Base64.getEncoder().encodeToString(
                (client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The identity provider refused a token for " + clientId + ": "
                    + response.statusCode());
        }
        return "Bearer " + JSON.readTree(response.body()).get("access_token").asText();
    }
}
