package eu.vigil.security;

import org.springframework.security.access.AccessDeniedException;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of the current request, from a validated token: a controller receives it as
 * {@code @AuthenticationPrincipal VigilUser user}. Carries ids only, never names.
 */
public final class VigilUser {

    private final String userId;
    private final Set<VigilRole> roles;
    private final String hospitalId; // absent for users who act for no hospital (CERT, administrators)

    /**
     * @param userId     the token's subject
     * @param hospitalId the hospital the user acts for, or null when the token names none
     */
    public VigilUser(String userId, Set<VigilRole> roles, String hospitalId) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.hospitalId = hospitalId == null || hospitalId.isBlank() ? null : hospitalId;
    }

    public String userId() {
        return userId;
    }

    public Set<VigilRole> roles() {
        return roles;
    }

    public boolean has(VigilRole role) {
        return roles.contains(role);
    }

    public Optional<String> hospitalId() {
        return Optional.ofNullable(hospitalId);
    }

    /** True when the user acts for this hospital; a user without a hospital belongs to none. */
    public boolean worksFor(String hospital) {
        return hospitalId != null && hospitalId.equals(hospital);
    }

    /**
     * The hospital the user acts for, on an endpoint whose rule ({@link VigilAccess#inOwnHospital}) already
     * demanded one; a token without it is refused with 403 rather than failing later.
     */
    public String ownHospital() {
        if (hospitalId == null) {
            throw new AccessDeniedException("The token names no hospital");
        }
        return hospitalId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VigilUser user && userId.equals(user.userId) && roles.equals(user.roles)
                && Objects.equals(hospitalId, user.hospitalId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, roles, hospitalId);
    }

    @Override
    public String toString() {
        return "VigilUser[userId=" + userId + ", roles=" + roles + ", hospitalId=" + hospitalId + "]";
    }
}
