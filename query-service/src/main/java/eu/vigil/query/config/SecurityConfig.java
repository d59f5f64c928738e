package eu.vigil.query.config;

import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which endpoint; the security kit denies anything not named here. Whether an incident belongs
 * to the caller's hospital is the register's and the timeline's decision: another hospital's answers 404, as an
 * unknown id does.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    EndpointRules queryServiceRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/incidents", "/api/incidents/*", "/api/incidents/*/history",
                        "/incidents/*")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO))
                .requestMatchers(HttpMethod.GET, "/api/dead-letters").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/dead-letters/*/replay").hasRole(VigilRole.ADMIN.name())
                // consumer-kit's page of parked records, at /admin/dead-letters/<spring.application.name>
                .requestMatchers(HttpMethod.GET, "/admin/dead-letters/query-service").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/admin/dead-letters/query-service/*/replay")
                    .hasRole(VigilRole.ADMIN.name());
    }
}
