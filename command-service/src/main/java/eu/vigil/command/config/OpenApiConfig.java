package eu.vigil.command.config;

import eu.vigil.security.EndpointRules;
import eu.vigil.web.openapi.DomainRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The OpenAPI document (springdoc, completed by web-kit): readable by anyone logged in, whatever the role. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    EndpointRules openApiRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml").authenticated();
    }

    // the rules of the incident that the current state refuses (409), as docs/problems.md lists them
    @Bean
    DomainRules incidentRules() {
        return DomainRules.of("incident-closed", "duplicate-indicator", "not-shared");
    }
}
