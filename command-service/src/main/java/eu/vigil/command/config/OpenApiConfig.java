package eu.vigil.command.config;

import eu.vigil.web.openapi.DomainRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document (springdoc, completed by web-kit) cannot find by itself; security-kit lets anyone logged
 * in read it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    // the rules of the incident that the current state refuses (409), as docs/problems.md lists them
    @Bean
    DomainRules incidentRules() {
        return DomainRules.of("incident-closed", "duplicate-indicator", "not-shared", "drill-ended",
                "drill-running");
    }
}
