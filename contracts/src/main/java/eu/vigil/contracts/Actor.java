package eu.vigil.contracts;

import java.util.Objects;

/**
 * Who caused an event: a user id (never a name) and the role the user acted in, or a system component
 * with the role {@code SYSTEM}.
 */
public record Actor(String userId, String role) {

    public static final String SYSTEM_ROLE = "SYSTEM";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public static Actor system(String component) {
        return new Actor(component, SYSTEM_ROLE);
    }
}
