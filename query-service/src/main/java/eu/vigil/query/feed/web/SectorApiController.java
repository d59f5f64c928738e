package eu.vigil.query.feed.web;

import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.SharedIncidents;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneOffset;

/**
 * The sector view as JSON, for a hospital's security officer (ADR 0020): other hospitals' TLP:CLEAR shares, their
 * TLP:GREEN and TLP:AMBER shares where the hospital opted in, and the officer's own hospital's shares marked
 * {@code own}; never TLP:AMBER+STRICT. The filters and paging are the CERT feed's; instants in them are UTC days.
 */
@RestController
class SectorApiController {

    private final SharedIncidents feed;

    SectorApiController(SharedIncidents feed) {
        this.feed = feed;
    }

    @Bean
    static EndpointRules sectorApiRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/sector/feed")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER));
    }

    @GetMapping("/api/sector/feed")
    SharedIncidents.Page feed(FeedFilter filter, @AuthenticationPrincipal VigilUser user) {
        return feed.page(FeedAudience.sector(user), filter.toQuery(ZoneOffset.UTC));
    }
}
