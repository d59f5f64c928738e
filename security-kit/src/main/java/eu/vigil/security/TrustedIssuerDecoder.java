package eu.vigil.security;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Builds the token decoder from Boot's own properties, always validating issuer, audience and expiry.
 * Boot 3.5 does not: with {@code public-key-location} it validates no issuer, and with both
 * {@code public-key-location} and {@code issuer-uri} it ignores the key and discovers the issuer over HTTP
 * ({@code KeyValueCondition}, {@code OAuth2ResourceServerJwtConfiguration}).
 */
final class TrustedIssuerDecoder {

    private TrustedIssuerDecoder() {
    }

    static JwtDecoder from(OAuth2ResourceServerProperties.Jwt properties) {
        String issuer = properties.getIssuerUri();
        List<String> audiences = properties.getAudiences();
        if (!StringUtils.hasText(issuer) || audiences == null || audiences.isEmpty()) {
            throw new IllegalStateException("Set spring.security.oauth2.resourceserver.jwt.issuer-uri and "
                    + ".audiences (vigil): a Vigil service trusts only tokens of one issuer meant for Vigil");
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer), // with the timestamps' default 60 s clock skew
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && !Collections.disjoint(aud, audiences)));
        if (properties.getPublicKeyLocation() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(properties))
                    .signatureAlgorithm(SignatureAlgorithm.from(onlyAlgorithm(properties))).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (StringUtils.hasText(properties.getJwkSetUri())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.getJwkSetUri())
                    .jwsAlgorithms(algorithms -> properties.getJwsAlgorithms()
                            .forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                    .build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        // discovered on first use, so that a service starts before its identity provider answers
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    private static RSAPublicKey publicKey(OAuth2ResourceServerProperties.Jwt properties) {
        try {
            String pem = properties.readPublicKey()
                    .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + properties.getPublicKeyLocation(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(properties.getPublicKeyLocation() + " is no RSA public key", e);
        }
    }

    private static String onlyAlgorithm(OAuth2ResourceServerProperties.Jwt properties) {
        List<String> algorithms = properties.getJwsAlgorithms();
        if (algorithms.size() != 1) {
            throw new IllegalStateException("A public key needs exactly one JWS algorithm, not " + algorithms);
        }
        return algorithms.get(0);
    }
}
