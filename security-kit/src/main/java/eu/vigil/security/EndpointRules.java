package eu.vigil.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's authorisation rules, declared as a bean. The kit applies every such bean after permitting health,
 * metrics and the error page, and then denies any request no rule matched:
 *
 * <pre>{@code
 * @Bean
 * EndpointRules incidentRules() {
 *     return rules -> rules.requestMatchers(HttpMethod.POST, "/api/incidents")
 *             .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface EndpointRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
