package eu.vigil.gateway.config;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param commandServiceUrl base URL of command-service
 * @param queryServiceUrl base URL of query-service
 * @param notifierUrl base URL of notifier
 * @param hsts whether to send Strict-Transport-Security (on in the production profile, behind TLS)
 * @param rolesClaim the ID token claim listing the user's roles, for the home page
 * @param hospitalClaim the ID token claim naming the user's hospital, for the home page
 */
@Validated
@ConfigurationProperties("vigil.gateway")
public record GatewayProperties(@NotNull URI commandServiceUrl, @NotNull URI queryServiceUrl,
                                @NotNull URI notifierUrl, boolean hsts,
                                @NotBlank String rolesClaim, @NotBlank String hospitalClaim) {}
