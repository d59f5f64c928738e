package eu.vigil.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A browser session as the OIDC login leaves it, stored where the gateway keeps its sessions (the database): the
 * security context with the user's OIDC login and the authorized client with their tokens, written by the
 * gateway's own repositories.
 */
final class LoggedInSessions {

    private LoggedInSessions() {}

    /** Logs the user in at the gateway of that context; their access token expires at {@code expiresAt}. */
    static GatewayFixture.Session logIn(ApplicationContext gateway, String userId, String role, String hospital,
                                        String accessToken, Instant expiresAt) {
        var idToken = OidcIdToken.withTokenValue("id-token-of-" + userId).subject(userId)
                .issuer(StubIssuer.url()).audience(List.of("vigil-gateway", "vigil"))
                .claim("vigil_roles", List.of(role)).claim("vigil_hospital", hospital)
                .issuedAt(Instant.now().minusSeconds(60)).expiresAt(Instant.now().plusSeconds(600)).build();
        var user = new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), idToken, "sub");
        var authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "vigil");
        var registration = gateway.getBean(ClientRegistrationRepository.class).findByRegistrationId("vigil");
        var client = new OAuth2AuthorizedClient(registration, userId,
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken,
                        expiresAt.minusSeconds(900), expiresAt),
                new OAuth2RefreshToken("refresh-1", Instant.now().minusSeconds(900)));

        var login = new MockHttpServletRequest();
        var response = new MockHttpServletResponse();
        gateway.getBean(OAuth2AuthorizedClientRepository.class)
                .saveAuthorizedClient(client, authentication, login, response);
        new HttpSessionSecurityContextRepository().saveContext(new SecurityContextImpl(authentication), login,
                response);

        var written = login.getSession();
        var attributes = new HashMap<String, Object>();
        Collections.list(written.getAttributeNames())
                .forEach(name -> attributes.put(name, written.getAttribute(name)));
        String id = store(gateway.getBean(JdbcIndexedSessionRepository.class), attributes);
        String cookieName = gateway.getEnvironment().getRequiredProperty("server.servlet.session.cookie.name");
        return new GatewayFixture.Session(id, cookieName);
    }

    private static <S extends Session> String store(SessionRepository<S> sessions, Map<String, Object> attributes) {
        S session = sessions.createSession();
        attributes.forEach(session::setAttribute);
        sessions.save(session);
        return session.getId();
    }

    /** The session id as Spring Session's cookie carries it (Base64, its default). */
    static String cookieValue(String sessionId) {
        return Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
    }

    /** The session id a cookie value names. */
    static String sessionId(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
    }
}
