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
        var officer = VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER);
        // The DPO decides with the officer whether personal data is involved and whether NIS2 applies.
        var officerOrDpo = VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO);
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/incidents").access(officer)
                .requestMatchers(HttpMethod.PUT, "/api/incidents/*/personal-data", "/api/incidents/*/significance")
                    .access(officerOrDpo)
                .requestMatchers(HttpMethod.GET, "/api/incidents/*/integrity").access(officerOrDpo)
                .requestMatchers(HttpMethod.POST, "/api/incidents/*/awareness-corrections",
                        "/api/incidents/*/phase-changes", "/api/incidents/*/reopenings", "/api/incidents/*/timeline",
                        "/api/incidents/*/indicators", "/api/incidents/*/indicators/*/withdrawal",
                        "/api/incidents/*/share/withdrawal").access(officer)
                .requestMatchers(HttpMethod.PUT, "/api/incidents/*/classification", "/api/incidents/*/impact",
                        "/api/incidents/*/share", "/api/incidents/*/handling-concluded",
                        "/api/incidents/*/impact-ended").access(officer)
                .requestMatchers("/incidents/*/personal-data", "/incidents/*/significance").access(officerOrDpo)
                .requestMatchers(HttpMethod.GET, "/incidents/*/integrity").access(officerOrDpo)
                .requestMatchers("/incidents/new", "/incidents/*/timeline/new", "/incidents/*/timeline/*/correction",
                        "/incidents/*/indicators/new", "/incidents/*/indicators/*/correction",
                        "/incidents/*/indicators/*/withdrawal", "/incidents/*/classification", "/incidents/*/impact",
                        "/incidents/*/awareness", "/incidents/*/phase", "/incidents/*/reopening",
                        "/incidents/*/handling-concluded", "/incidents/*/impact-ended", "/incidents/*/share",
                        "/incidents/*/share/withdrawal").access(officer)
                .requestMatchers(HttpMethod.GET, "/api/hospitals").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/hospitals/*").hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/admin/dead-letters/command-service").hasRole(VigilRole.ADMIN.name());
    }
}
