package eu.vigil.notifier.incident.web;

import eu.vigil.notifier.incident.SeenIncidents;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The incidents whose legal clocks the notifier watches for the user's hospital. */
@Controller
class SeenIncidentPageController {

    private static final int PAGE_SIZE = 50;

    private final SeenIncidents seen;

    SeenIncidentPageController(SeenIncidents seen) {
        this.seen = seen;
    }

    @Bean
    static EndpointRules seenIncidentPageRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/seen-incidents")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    @GetMapping("/seen-incidents")
    String seenIncidents(@AuthenticationPrincipal VigilUser user, Model model) {
        model.addAttribute("incidents", seen.newestOf(user.ownHospital(), PAGE_SIZE));
        return "incident/seen-incidents";
    }
}
