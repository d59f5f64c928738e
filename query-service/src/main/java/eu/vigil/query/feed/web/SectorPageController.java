package eu.vigil.query.feed.web;

import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.SharedIncidents;
import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
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

/**
 * The sector view's page for a hospital's security officer: what other hospitals let officers read (ADR 0020) and
 * what every user reads, newest change first, with the CERT feed's filters; the own hospital's shares are marked.
 */
@Controller
class SectorPageController {

    private final SharedIncidents feed;
    private final ViewerTime viewerTime;

    SectorPageController(SharedIncidents feed, ViewerTime viewerTime) {
        this.feed = feed;
        this.viewerTime = viewerTime;
    }

    @Bean
    static EndpointRules sectorPageRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/sector")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER));
    }

    @GetMapping("/sector")
    String page(FeedFilter filter, @AuthenticationPrincipal VigilUser user, Model model) {
        model.addAttribute("filter", filter);
        try {
            var page = feed.page(FeedAudience.sector(user), filter.toQuery(ZoneId.of(viewerTime.zoneId())));
            model.addAttribute("shares", page.items()).addAttribute("next", page.next())
                    .addAttribute("countryNames", CountryNames.of(page.items(), LocaleContextHolder.getLocale()));
        } catch (InvalidParametersException e) {
            model.addAttribute("problems", e.problems());
        }
        return "feed/sector";
    }
}
