package eu.vigil.command.config;

import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may call which endpoint; the security kit denies anything not named here. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    EndpointRules commandServiceRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/incidents")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER))
                .requestMatchers(HttpMethod.GET, "/api/hospitals").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/hospitals/*").hasRole(VigilRole.ADMIN.name());
    }
}
