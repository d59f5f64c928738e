package eu.vigil.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A validated token turned into its user; the token itself is not kept, so nothing can log it by accident. */
final class VigilAuthentication extends AbstractAuthenticationToken {

    private final VigilUser user;

    VigilAuthentication(VigilUser user) {
        super(user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public VigilUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return user.userId();
    }
}
