package eu.vigil.query.feed.drill.web;

import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.drill.DrillShares;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The drill feed as JSON (ADR 0022): the shares of drills' incidents, newest change first, each with its drill
 * ({@code exercise}); under the CERT feed's TLP rules, and the CERT's alone.
 */
@RestController
class DrillFeedApiController {

    private final DrillShares drillFeed;

    DrillFeedApiController(DrillShares drillFeed) {
        this.drillFeed = drillFeed;
    }

    @Bean
    static EndpointRules drillFeedApiRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/cert/drill-feed")
                .hasRole(VigilRole.CERT_COORDINATOR.name());
    }

    @GetMapping("/api/cert/drill-feed")
    DrillShares.Page drillFeed(DrillFeedParameters parameters, @AuthenticationPrincipal VigilUser user) {
        var read = parameters.read();
        return drillFeed.page(FeedAudience.of(user), read.after(), read.limit());
    }
}
