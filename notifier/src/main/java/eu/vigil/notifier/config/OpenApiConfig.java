package eu.vigil.notifier.config;

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

    // the rules of an obligation and of a draft that the current state refuses (409), as docs/problems.md lists them
    @Bean
    DomainRules obligationRules() {
        return DomainRules.of("obligation-closed", "personal-data-not-involved", "receipt-before-submission",
                "draft-changed", "draft-already-approved", "second-approver-required", "draft-incomplete",
                "draft-not-approved", "draft-version-not-found", "no-report-for-rule");
    }
}
