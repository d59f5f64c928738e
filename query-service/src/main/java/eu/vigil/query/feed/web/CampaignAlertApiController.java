package eu.vigil.query.feed.web;

import eu.vigil.query.feed.CampaignAlerts;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilRole;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The campaign alerts, newest first: values shared by enough hospitals within the campaign rule's window, with how
 * many, never which. The CERT's alone, like the correlations they come from.
 */
@RestController
class CampaignAlertApiController {

    static final int LATEST = 50;

    private final CampaignAlerts alerts;

    CampaignAlertApiController(CampaignAlerts alerts) {
        this.alerts = alerts;
    }

    @Bean
    static EndpointRules campaignAlertApiRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/cert/alerts")
                .hasRole(VigilRole.CERT_COORDINATOR.name());
    }

    @GetMapping("/api/cert/alerts")
    List<CampaignAlerts.CampaignAlert> alerts() {
        return alerts.latest(LATEST);
    }
}
