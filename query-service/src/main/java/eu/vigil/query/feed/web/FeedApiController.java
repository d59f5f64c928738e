package eu.vigil.query.feed.web;

import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.SharedIncidents;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneOffset;

/**
 * The CERT feed as JSON, newest change first, under TLP for the caller: a CERT coordinator reads every label that
 * leaves a hospital, anyone else TLP:CLEAR and their own hospital's shares. Instants in the filters are UTC days.
 */
@RestController
class FeedApiController {

    private final SharedIncidents feed;

    FeedApiController(SharedIncidents feed) {
        this.feed = feed;
    }

    @Bean
    static EndpointRules feedApiRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/cert/feed").authenticated();
    }

    @GetMapping("/api/cert/feed")
    SharedIncidents.Page feed(FeedFilter filter, @AuthenticationPrincipal VigilUser user) {
        return feed.page(FeedAudience.of(user), filter.toQuery(ZoneOffset.UTC));
    }
}
