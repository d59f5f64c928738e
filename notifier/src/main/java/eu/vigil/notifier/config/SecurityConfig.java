package eu.vigil.notifier.config;

import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which endpoint; the security kit denies anything not named here. Another hospital's incident
 * answers 404, as an unknown id does.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    EndpointRules notifierRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/seen-incidents", "/api/seen-incidents/*")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                .requestMatchers(HttpMethod.GET, "/api/notification-profiles/*").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/notification-profiles/*").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/dead-letters").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/dead-letters/*/replay").hasRole(VigilRole.ADMIN.name())
                // consumer-kit's page of parked records, at /admin/dead-letters/<spring.application.name>
                .requestMatchers(HttpMethod.GET, "/admin/dead-letters/notifier").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/admin/dead-letters/notifier/*/replay")
                    .hasRole(VigilRole.ADMIN.name());
    }
}
