package eu.vigil.identity.directory;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The directory file as the local stack writes it: plain passwords and secrets, encoded when loaded and then
 * dropped.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectoryFile(List<User> users, List<Client> clients, Gateway gateway) {

    public DirectoryFile {
        users = users == null ? List.of() : List.copyOf(users);
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /** A person who logs in through the gateway; {@code hospital} is null for CERT_COORDINATOR and ADMIN. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record User(String username, String password, List<String> roles, String hospital) {
        @Override public String toString() { return "User[" + username + "]"; }
    }

    /** A machine client using the client-credentials grant, acting with one role set for one hospital. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Client(String clientId, String secret, List<String> roles, String hospital) {
        @Override public String toString() { return "Client[" + clientId + "]"; }
    }

    /** The gateway, a confidential client using the authorization-code flow. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gateway(String clientId, String secret, String redirectUri, String postLogoutRedirectUri) {
        @Override public String toString() { return "Gateway[" + clientId + "]"; }
    }
}
