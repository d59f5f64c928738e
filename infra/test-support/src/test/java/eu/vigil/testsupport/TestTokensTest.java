package eu.vigil.testsupport;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestTokensTest {

    @Test
    void aBearerTokenCarriesUserRoleHospitalIssuerAndAudienceAndVerifiesWithThePublishedKey() throws Exception {
        var jwt = SignedJWT.parse(TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge"));

        assertThat(jwt.verify(new RSASSAVerifier(trustedKey()))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("u-officer-1");
        assertThat(claims.getStringListClaim("vigil_roles")).containsExactly("SECURITY_OFFICER");
        assertThat(claims.getStringClaim("vigil_hospital")).isEqualTo("h-brugge");
        assertThat(claims.getIssuer()).isEqualTo(TestTokens.ISSUER);
        assertThat(claims.getAudience()).containsExactly(TestTokens.AUDIENCE);
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now().plusSeconds(500));
    }

    @Test
    void anExpiredTokenExpiredWellBeyondTheClockSkew() throws Exception {
        var claims = SignedJWT.parse(TestTokens.expired("u-dpo-1", "DPO", "h-brugge")).getJWTClaimsSet();

        assertThat(claims.getExpirationTime().toInstant()).isBefore(Instant.now().minusSeconds(300));
    }

    @Test
    void aTokenFromAnotherIssuerDoesNotVerifyWithThePublishedKey() throws Exception {
        var jwt = SignedJWT.parse(TestTokens.fromAnotherIssuer("u-officer-1", "SECURITY_OFFICER", "h-brugge"));

        assertThat(jwt.verify(new RSASSAVerifier(trustedKey()))).isFalse();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isNotEqualTo(TestTokens.ISSUER);
    }

    @Test
    void aUserOfNoHospitalHasNoHospitalClaim() throws Exception {
        var claims = SignedJWT.parse(TestTokens.bearer("u-cert-1", "CERT_COORDINATOR", null)).getJWTClaimsSet();

        assertThat(claims.getClaims()).doesNotContainKey("vigil_hospital");
        assertThat(claims.getStringListClaim("vigil_roles")).isEqualTo(List.of("CERT_COORDINATOR"));
    }

    private static RSAPublicKey trustedKey() throws Exception {
        String location = TestTokens.trustProperties()
                .get("spring.security.oauth2.resourceserver.jwt.public-key-location").toString();
        String pem = Files.readString(Path.of(URI.create(location)))
                .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
    }
}
