package eu.vigil.notifier.config;

import eu.vigil.web.openapi.DomainRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document (springdoc, completed by web-kit) cannot find by itself; security-kit lets anyone logged
 * in read it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    // the rules of an obligation and of a draft that the current state refuses (409), as docs/problems.md lists them
    @Bean
    DomainRules obligationRules() {
        return DomainRules.of("obligation-closed", "personal-data-not-involved", "receipt-before-submission",
                "draft-changed", "draft-already-approved", "second-approver-required", "draft-incomplete",
                "draft-not-approved", "draft-version-not-found", "no-report-for-rule");
    }
}
