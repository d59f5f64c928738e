package eu.vigil.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens as the identity provider issues them, signed with a test key made once per JVM. A service
 * started with {@link #trustProperties()} (as {@link RealInfrastructure} and
 * {@link TestInfrastructure#isolatedProperties(String)} do) trusts exactly these tokens: issuer
 * {@link #ISSUER}, audience {@link #AUDIENCE}, roles in {@code vigil_roles}, hospital in {@code vigil_hospital}.
 * Each method returns the compact JWT, to send as {@code Authorization: Bearer <token>}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test.vigil.example";
    public static final String AUDIENCE = "vigil";

    private static final Duration VALID_FOR = Duration.ofMinutes(10);
    // past the resource server's 60 s clock skew, so the token is expired for certain
    private static final Duration EXPIRED_FOR = Duration.ofMinutes(10);
    private static final KeyPair TRUSTED = rsaKeyPair();
    private static final KeyPair UNTRUSTED = rsaKeyPair();
    private static final Path PUBLIC_KEY = writePublicKey(TRUSTED);

    private TestTokens() {
    }

    /**
     * A valid token of the trusted issuer for 10 minutes.
     *
     * @param role       a role name such as {@code SECURITY_OFFICER}, or null for a token without roles
     * @param hospitalId the hospital the user acts for, or null for a user of no hospital
     */
    public static String bearer(String userId, String role, String hospitalId) {
        return sign(TRUSTED, claims(ISSUER, AUDIENCE, userId, role, hospitalId, Instant.now()));
    }

    /** As {@link #bearer}, but it expired 10 minutes ago. */
    public static String expired(String userId, String role, String hospitalId) {
        Instant issued = Instant.now().minus(VALID_FOR).minus(EXPIRED_FOR);
        return sign(TRUSTED, claims(ISSUER, AUDIENCE, userId, role, hospitalId, issued));
    }

    /** As {@link #bearer}, but from another issuer with another key: a service must not trust it. */
    public static String fromAnotherIssuer(String userId, String role, String hospitalId) {
        return sign(UNTRUSTED, claims("https://issuer.elsewhere.example", AUDIENCE, userId, role, hospitalId,
                Instant.now()));
    }

    /** Signed with the trusted key but naming another issuer: proves the issuer itself is checked. */
    public static String withIssuer(String issuer, String userId, String role, String hospitalId) {
        return sign(TRUSTED, claims(issuer, AUDIENCE, userId, role, hospitalId, Instant.now()));
    }

    /** Signed with the trusted key and issuer, but meant for another audience: a service must not accept it. */
    public static String forAudience(String audience, String userId, String role, String hospitalId) {
        return sign(TRUSTED, claims(ISSUER, audience, userId, role, hospitalId, Instant.now()));
    }

    /** Signed with the trusted key, with exactly the given claims plus issuer, audience and times. */
    public static String withClaims(String userId, Map<String, Object> claims) {
        var builder = claims(ISSUER, AUDIENCE, userId, null, null, Instant.now());
        claims.forEach(builder::claim);
        return sign(TRUSTED, builder);
    }

    /** The properties that make a service trust exactly the tokens of {@link #bearer}. */
    public static Map<String, Object> trustProperties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.public-key-location", PUBLIC_KEY.toUri().toString(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER,
                "spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
    }

    private static JWTClaimsSet.Builder claims(String issuer, String audience, String userId, String role,
                                               String hospitalId, Instant issuedAt) {
        var builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(userId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(VALID_FOR)))
                .claim("vigil_roles", role == null ? List.of() : List.of(role));
        if (hospitalId != null) {
            builder.claim("vigil_hospital", hospitalId);
        }
        return builder;
    }

    private static String sign(KeyPair key, JWTClaimsSet.Builder claims) {
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            jwt.sign(new RSASSASigner(key.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
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

    private static Path writePublicKey(KeyPair key) {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            Path file = Files.createTempFile("vigil-test-issuer", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the test issuer's public key", e);
        }
    }
}
