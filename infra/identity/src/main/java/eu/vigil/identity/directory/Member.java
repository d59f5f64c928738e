package eu.vigil.identity.directory;

import java.util.List;
import java.util.Objects;

/**
 * Who a token speaks for: a user or a machine client, with the roles and hospital that go into its claims.
 *
 * @param id the username or client id, the token's {@code sub}
 * @param hospital the hospital id, or null for CERT_COORDINATOR and ADMIN
 */
public record Member(String id, List<String> roles, String hospital) {

    public Member {
        Objects.requireNonNull(id, "id");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
