package eu.vigil.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.Arrays;
import java.util.Set;

/** Authorisation rules for {@link EndpointRules} that Spring Security's {@code hasRole} cannot express. */
public final class VigilAccess {

    private VigilAccess() {
    }

    /**
     * Granted to a user who has one of the roles and acts for a hospital. Whether a resource belongs to that
     * hospital is the feature's decision ({@link HospitalScope}), because only the feature knows the resource.
     */
    public static AuthorizationManager<RequestAuthorizationContext> inOwnHospital(VigilRole... roles) {
        Set<VigilRole> allowed = Set.copyOf(Arrays.asList(roles));
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() != null
                        && authentication.get().getPrincipal() instanceof VigilUser user
                        && user.hospitalId().isPresent()
                        && user.roles().stream().anyMatch(allowed::contains));
    }
}
