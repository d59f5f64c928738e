package eu.vigil.query.feed.web;

import eu.vigil.query.feed.CampaignAlerts;
import eu.vigil.query.feed.Correlations;
import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.FeedQuery;
import eu.vigil.query.feed.SharedIncidents;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The CERT's home: the latest campaign alerts, the values seen at the most hospitals (counts only, never which
 * hospitals) and the newest shares, live like the feed; and the longer list of correlated values. The CERT's alone,
 * like the correlation they come from.
 */
@Controller
class CertHomePageController {

    static final int ALERTS_SHOWN = 5;
    static final int CORRELATIONS_SHOWN = 10;
    static final int SHARES_SHOWN = 5;
    static final int CORRELATIONS_LISTED = 100;

    private final CampaignAlerts alerts;
    private final Correlations correlations;
    private final SharedIncidents feed;

    CertHomePageController(CampaignAlerts alerts, Correlations correlations, SharedIncidents feed) {
        this.alerts = alerts;
        this.correlations = correlations;
        this.feed = feed;
    }

    @Bean
    static EndpointRules certHomePageRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/cert", "/cert/correlations")
                .hasRole(VigilRole.CERT_COORDINATOR.name());
    }

    @GetMapping("/cert")
    String home(@AuthenticationPrincipal VigilUser user, Model model) {
        model.addAttribute("alerts", alerts.latest(ALERTS_SHOWN))
                .addAttribute("correlations", correlations.topCounted(CORRELATIONS_SHOWN))
                .addAttribute("shares", feed.page(FeedAudience.of(user), FeedQuery.newest(SHARES_SHOWN)).items());
        return "feed/home";
    }

    @GetMapping("/cert/correlations")
    String correlations(Model model) {
        model.addAttribute("correlations", correlations.topCounted(CORRELATIONS_LISTED))
                .addAttribute("most", CORRELATIONS_LISTED);
        return "feed/correlations";
    }
}
