package eu.vigil.gateway;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The stub issuer's side of an authorization-code login: a test says which user the next code stands for, and the
 * token endpoint answers it with an ID token signed by the key that its JWK set publishes.
 */
final class StubLogins {

    private static final String KEY_ID = "stub-issuer";
    private static final KeyPair KEY = rsaKeyPair();
    private static final Map<String, Login> PENDING = new ConcurrentHashMap<>();

    private record Login(String userId, String role, String hospital, String nonce) {}

    private StubLogins() {}

    /** The user the provider logs in when its authorization code {@code code} is redeemed. */
    static void willLogIn(String code, String userId, String role, String hospital, String nonce) {
        PENDING.put(code, new Login(userId, role, hospital, nonce));
    }

    static String jwkSet() {
        return new JWKSet(new RSAKey.Builder((RSAPublicKey) KEY.getPublic()).keyID(KEY_ID).build())
                .toString();
    }

    /** The token response for an authorization code, or null for a code the provider never issued. */
    static String tokenResponse(String issuer, String code) {
        Login login = PENDING.remove(code);
        if (login == null) {
            return null;
        }
        return """
                {"access_token":"access-token-of-%s","token_type":"Bearer","expires_in":900,
                 "refresh_token":"refresh-1","scope":"openid profile","id_token":"%s"}
                """.formatted(login.userId(), idToken(issuer, login));
    }

    /** The user-info answer for the access token of {@link #tokenResponse}. */
    static String userInfo(String authorization) {
        String userId = authorization.replaceFirst("^Bearer access-token-of-", "");
        return "{\"sub\":\"" + userId + "\"}";
    }

    private static String idToken(String issuer, Login login) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder().issuer(issuer).subject(login.userId())
                .audience(List.of("vigil-gateway", "vigil")).claim("azp", "vigil-gateway").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).claim("nonce", login.nonce())
                .claim("vigil_roles", List.of(login.role()));
        if (login.hospital() != null) {
            claims.claim("vigil_hospital", login.hospital());
        }
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(KEY.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsaKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
