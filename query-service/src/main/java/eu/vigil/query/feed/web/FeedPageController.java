package eu.vigil.query.feed.web;

import eu.vigil.query.feed.CampaignAlerts;
import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.SharedIncidents;
import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import eu.vigil.ui.ViewerTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.ZoneId;
import java.util.List;

/**
 * The CERT's feed page: what hospitals chose to share, newest change first, under TLP for the reader, with the
 * filters of the API; a withdrawn share says so and shows nothing else. The CERT sees the latest campaign alerts
 * above the feed, live like it.
 */
@Controller
class FeedPageController {

    private static final int ALERTS_SHOWN = 10;

    private final SharedIncidents feed;
    private final CampaignAlerts alerts;
    private final ViewerTime viewerTime;

    FeedPageController(SharedIncidents feed, CampaignAlerts alerts, ViewerTime viewerTime) {
        this.feed = feed;
        this.alerts = alerts;
        this.viewerTime = viewerTime;
    }

    @Bean
    static EndpointRules feedPageRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/cert/feed").authenticated();
    }

    @GetMapping("/cert/feed")
    String page(FeedFilter filter, @AuthenticationPrincipal VigilUser user, Model model) {
        model.addAttribute("filter", filter);
        // the campaign alerts come from the correlation across hospitals: the CERT's alone
        boolean cert = user.has(VigilRole.CERT_COORDINATOR);
        model.addAttribute("certView", cert).addAttribute("alerts", cert ? alerts.latest(ALERTS_SHOWN) : List.of());
        try {
            var page = feed.page(FeedAudience.of(user), filter.toQuery(ZoneId.of(viewerTime.zoneId())));
            model.addAttribute("shares", page.items()).addAttribute("next", page.next())
                    .addAttribute("countryNames", CountryNames.of(page.items(), LocaleContextHolder.getLocale()));
        } catch (InvalidParametersException e) {
            model.addAttribute("problems", e.problems());
        }
        return "feed/feed";
    }
}
