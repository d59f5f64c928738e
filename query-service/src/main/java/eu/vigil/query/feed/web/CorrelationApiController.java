package eu.vigil.query.feed.web;

import eu.vigil.query.feed.Correlations;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilRole;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The CERT's view of a campaign: the values shared by at least two hospitals, most hospitals first, with the
 * incidents that shared them. The CERT's alone: a hospital learns only "also seen elsewhere" on its own values.
 */
@RestController
class CorrelationApiController {

    private static final int TOP = 50;

    private final Correlations correlations;

    CorrelationApiController(Correlations correlations) {
        this.correlations = correlations;
    }

    @Bean
    static EndpointRules correlationApiRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/cert/correlations")
                .hasRole(VigilRole.CERT_COORDINATOR.name());
    }

    @GetMapping("/api/cert/correlations")
    List<Correlations.Correlation> correlations() {
        return correlations.top(TOP);
    }
}
