package eu.vigil.identity.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.vigil.identity.directory.Directory;
import eu.vigil.identity.directory.Member;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds {@code vigil_roles}, {@code vigil_hospital} and the audience {@code vigil} to access and ID tokens: from
 * the user for the authorization-code and refresh grants, from the machine client for client credentials.
 */
public class VigilTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String ROLES = "vigil_roles";
    public static final String HOSPITAL = "vigil_hospital";
    public static final String AUDIENCE = "vigil";

    private final Directory directory;

    public VigilTokenCustomizer(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        List<String> audience = new ArrayList<>(List.of(clientId));
        audience.add(AUDIENCE);
        var claims = context.getClaims().audience(audience);
        if (idToken) {
            claims.claim(IdTokenClaimNames.AZP, clientId); // two audiences: OIDC Core 3.1.3.7 expects azp
        }
        member(context).ifPresent(member -> {
            claims.claim(ROLES, member.roles());
            if (member.hospital() != null) {
                claims.claim(HOSPITAL, member.hospital());
            }
        });
    }

    private Optional<Member> member(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return directory.client(context.getRegisteredClient().getClientId());
        }
        return directory.user(context.getPrincipal().getName());
    }
}
