package eu.vigil.gateway.config;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param commandServiceUrl base URL of command-service; several, comma-separated, for several instances
 * @param queryServiceUrl base URL of query-service; likewise
 * @param notifierUrl base URL of notifier; likewise
 * @param hsts whether to send Strict-Transport-Security (on in the production profile, behind TLS)
 * @param rolesClaim the ID token claim listing the user's roles, for the home page
 * @param hospitalClaim the ID token claim naming the user's hospital, for the home page
 */
@Validated
@ConfigurationProperties("vigil.gateway")
public record GatewayProperties(@NotEmpty List<URI> commandServiceUrl, @NotEmpty List<URI> queryServiceUrl,
                                @NotEmpty List<URI> notifierUrl, boolean hsts,
                                @NotBlank String rolesClaim, @NotBlank String hospitalClaim) {

    /** The instances of a route's service: {@code command-service}, {@code query-service} or {@code notifier}. */
    List<URI> addressesOf(String service) {
        return switch (service) {
            case "command-service" -> commandServiceUrl;
            case "query-service" -> queryServiceUrl;
            case "notifier" -> notifierUrl;
            default -> throw new IllegalArgumentException("No service " + service + " behind the gateway");
        };
    }
}
