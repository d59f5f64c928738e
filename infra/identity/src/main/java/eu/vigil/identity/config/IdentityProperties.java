package eu.vigil.identity.config;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param issuer the issuer URL that goes into every token and the discovery document
 * @param directoryFile the users and clients (JSON) the local stack generates
 * @param keyFile the signing key (a JWK set), created with a fresh RSA key if missing
 */
@Validated
@ConfigurationProperties("vigil.identity")
record IdentityProperties(@NotBlank String issuer, @NotNull Path directoryFile, @NotNull Path keyFile,
                          @NotNull Duration accessTokenTimeToLive, @NotNull Duration refreshTokenTimeToLive) {}
