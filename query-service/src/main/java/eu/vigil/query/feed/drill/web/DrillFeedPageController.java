package eu.vigil.query.feed.drill.web;

import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.drill.DrillShare;
import eu.vigil.query.feed.drill.DrillShares;
import eu.vigil.query.feed.web.CountryNames;
import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The CERT's drill feed page (ADR 0022): what hospitals shared of their drills' incidents, newest change first, each
 * share marked EXERCISE in words with its drill; apart from the real feed, whose page links here.
 */
@Controller
class DrillFeedPageController {

    private final DrillShares drillFeed;

    DrillFeedPageController(DrillShares drillFeed) {
        this.drillFeed = drillFeed;
    }

    @Bean
    static EndpointRules drillFeedPageRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/cert/drill-feed")
                .hasRole(VigilRole.CERT_COORDINATOR.name());
    }

    @GetMapping("/cert/drill-feed")
    String page(DrillFeedParameters parameters, @AuthenticationPrincipal VigilUser user, Model model) {
        try {
            var read = parameters.read();
            var page = drillFeed.page(FeedAudience.of(user), read.after(), read.limit());
            model.addAttribute("shares", page.items()).addAttribute("next", page.next())
                    .addAttribute("limit", read.limit())
                    .addAttribute("countryNames", CountryNames.of(page.items().stream().map(DrillShare::share)
                            .toList(), LocaleContextHolder.getLocale()));
        } catch (InvalidParametersException e) {
            model.addAttribute("problems", e.problems());
        }
        return "feed/drill-feed";
    }
}
